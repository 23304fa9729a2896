// The one secret that lets a person or a script in: a token (PORTLIGHT_TOKEN) or a password hash.
import { createHash, timingSafeEqual } from 'node:crypto';
import { verifyPassword, type PasswordHash } from './password-hash.js';

export interface Credential {
  /** True when the presented secret is the right one; takes the same time for every wrong one. */
  verify(candidate: string): Promise<boolean>;
}

/** Secrets longer than this are refused unread (scrypt and hashing cost grow with input). */
export const MAX_SECRET_LENGTH = 1024;

export function tokenCredential(token: string): Credential {
  // Comparing fixed-length digests keeps timingSafeEqual usable and hides the token's length.
  const expected = sha256(token);
  return {
    verify: async (candidate) => candidate.length <= MAX_SECRET_LENGTH && timingSafeEqual(sha256(candidate), expected),
  };
}

export function passwordCredential(stored: PasswordHash): Credential {
  return {
    verify: async (candidate) => candidate.length <= MAX_SECRET_LENGTH && verifyPassword(stored, candidate),
  };
}

/** Accepts a secret that any of `credentials` accepts; checks them all, so timing says nothing. */
export function anyCredential(credentials: Credential[]): Credential {
  return {
    verify: async (candidate) => (await Promise.all(credentials.map((credential) => credential.verify(candidate)))).includes(true),
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

// Password hashes for --password-file: scrypt with a random salt, in one self-describing line
// (`scrypt$N$r$p$salt$hash`, base64url), so the parameters can grow without breaking old files.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface PasswordHash {
  readonly options: Required<Pick<ScryptOptions, 'N' | 'r' | 'p'>>;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

export type ParsedPasswordHash = { ok: true; value: PasswordHash } | { ok: false; message: string };

const DEFAULTS = { N: 1 << 15, r: 8, p: 1 };
const KEY_BYTES = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, DEFAULTS, KEY_BYTES);
  return ['scrypt', DEFAULTS.N, DEFAULTS.r, DEFAULTS.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export function parsePasswordHash(line: string): ParsedPasswordHash {
  const [kind, n, r, p, salt, hash, extra] = line.trim().split('$');
  const numbers = [n, r, p].map((text) => (text !== undefined && /^\d{1,8}$/.test(text) ? Number(text) : NaN));
  const [N = NaN, rr = NaN, pp = NaN] = numbers;
  if (kind !== 'scrypt' || extra !== undefined || !salt || !hash || numbers.some((x) => !(x > 0))) {
    return { ok: false, message: 'not a Portlight password hash; make one with `node dist/relay/hash-password.js`' };
  }
  return { ok: true, value: { options: { N, r: rr, p: pp }, salt: Buffer.from(salt, 'base64url'), hash: Buffer.from(hash, 'base64url') } };
}

/** Constant-time check of a candidate password against a stored hash. */
export async function verifyPassword(stored: PasswordHash, candidate: string): Promise<boolean> {
  const derived = await derive(candidate, stored.salt, stored.options, stored.hash.length);
  return derived.length === stored.hash.length && timingSafeEqual(derived, stored.hash);
}

function derive(password: string, salt: Buffer, options: PasswordHash['options'], bytes: number): Promise<Buffer> {
  // maxmem must cover 128 * N * r bytes, which is 32 MiB at the defaults.
  const maxmem = 256 * options.N * options.r;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, bytes, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

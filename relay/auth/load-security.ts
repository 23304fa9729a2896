// Turns the security settings into what the server needs, reading the password and TLS files.
// Every problem is a ConfigError that says what to do; nothing secret goes into a message.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config.js';
import { Authenticator } from './authenticator.js';
import { anyCredential, passwordCredential, tokenCredential, type Credential } from './credential.js';
import { exposureProblem } from './exposure.js';
import { parsePasswordHash } from './password-hash.js';
import type { SecuritySettings } from './security-settings.js';

export interface Security {
  /** Absent when authentication is off (allowed on loopback only). */
  authenticator?: Authenticator;
  tls?: { cert: Buffer; key: Buffer };
  /** Normalized origins (scheme://host[:port]) allowed besides the relay's own. */
  allowedOrigins: string[];
}

const MIN_TOKEN_LENGTH = 16;

export function loadSecurity(host: string, settings: SecuritySettings = {}): Security {
  const credentials: Credential[] = [];
  if (settings.token !== undefined) {
    if (settings.token.length < MIN_TOKEN_LENGTH) {
      throw new ConfigError(`PORTLIGHT_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters; make one with \`openssl rand -hex 32\``);
    }
    credentials.push(tokenCredential(settings.token));
  }
  if (settings.passwordFile !== undefined) credentials.push(passwordCredential(readPasswordHash(settings.passwordFile)));
  const problem = exposureProblem(host, credentials.length > 0);
  if (problem) throw new ConfigError(problem);
  return {
    authenticator: credentials.length > 0 ? new Authenticator(anyCredential(credentials)) : undefined,
    tls: readTls(settings.tlsCert, settings.tlsKey),
    allowedOrigins: (settings.allowedOrigins ?? []).map(normalizeOrigin),
  };
}

function readPasswordHash(path: string) {
  const parsed = parsePasswordHash(readText(path, 'the password file'));
  if (!parsed.ok) throw new ConfigError(`${path}: ${parsed.message}`);
  return parsed.value;
}

function readTls(certPath: string | undefined, keyPath: string | undefined): Security['tls'] {
  if (certPath === undefined && keyPath === undefined) return undefined;
  if (certPath === undefined || keyPath === undefined) throw new ConfigError('TLS needs both --tls-cert and --tls-key (PEM files)');
  return { cert: Buffer.from(readText(certPath, 'the TLS certificate')), key: Buffer.from(readText(keyPath, 'the TLS key')) };
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${what} at ${path}: ${(error as Error).message}`);
  }
}

function normalizeOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new ConfigError(`allowed origin "${origin}" is not a URL; write it like https://dash.example.com`);
  }
  if (url.origin === 'null') throw new ConfigError(`allowed origin "${origin}" must be http:// or https://`);
  return url.origin;
}

// Sign-in as one object: the credential, the per-address attempt limit and the browser sessions.
import { addressKey } from './address-key.js';
import { AttemptLimiter } from './attempt-limiter.js';
import type { Credential } from './credential.js';
import { SessionStore } from './session-store.js';

export type AttemptResult = { ok: true } | { ok: false; code: 'BAD_CREDENTIALS' } | { ok: false; code: 'RATE_LIMITED'; retryAfterMs: number };

export class Authenticator {
  constructor(
    private readonly credential: Credential,
    readonly sessions: SessionStore = new SessionStore(),
    private readonly limiter: AttemptLimiter = new AttemptLimiter(),
  ) {}

  /** Checks a secret presented by `address` (a login or a bearer token), counting failures. */
  async attempt(peer: string, secret: string): Promise<AttemptResult> {
    const address = addressKey(peer);
    const retryAfterMs = this.limiter.blockedFor(address);
    if (retryAfterMs > 0) return { ok: false, code: 'RATE_LIMITED', retryAfterMs };
    // Counted before checking, so a burst of parallel guesses cannot all start before the first fails
    // (a password check is a costly scrypt on the shared thread pool).
    this.limiter.fail(address);
    if (await this.credential.verify(secret)) {
      this.limiter.forgive(address);
      return { ok: true };
    }
    return { ok: false, code: 'BAD_CREDENTIALS' };
  }
}

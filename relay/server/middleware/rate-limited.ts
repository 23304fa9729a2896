// The answer to an address that failed to sign in too often.
import type { Context } from 'hono';
import { apiError, type RelayEnv } from '../relay-env.js';

export function rateLimited(c: Context<RelayEnv>, retryAfterMs: number): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  c.header('Retry-After', String(seconds));
  return apiError(c, 429, 'RATE_LIMITED', `too many failed sign-in attempts from this address; try again in ${seconds} s`);
}

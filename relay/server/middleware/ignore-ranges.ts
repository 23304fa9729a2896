// The relay's files are small and a PWA never needs part of one; serve-static's Range handling
// throws on an unsatisfiable range (a 500), so a Range header is simply dropped and the whole file sent.
import type { MiddlewareHandler } from 'hono';
import type { RelayEnv } from '../relay-env.js';

export function ignoreRanges(): MiddlewareHandler<RelayEnv> {
  return async (c, next) => {
    if (c.req.raw.headers.has('range')) c.req.raw.headers.delete('range');
    await next();
  };
}

// Refuses (403, before any handshake) a request whose Origin is another site's. No Origin means a
// program, not a page: authentication alone decides for those.
import type { MiddlewareHandler } from 'hono';
import type { OriginPolicy } from '../origin-policy.js';
import { apiError, type RelayEnv } from '../relay-env.js';

export function checkOrigin(policy: OriginPolicy): MiddlewareHandler<RelayEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !policy.allowsOrigin(origin, c.req.header('host'))) {
      return apiError(c, 403, 'BAD_ORIGIN', 'this page\'s origin may not connect; list it in PORTLIGHT_ALLOWED_ORIGINS if it should');
    }
    await next();
  };
}

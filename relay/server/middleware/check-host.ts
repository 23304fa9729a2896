// With authentication off, the state is served only to requests addressed to a loopback name (or a
// listed origin's host); see OriginPolicy.allowsHostWithoutAuth for why.
import type { MiddlewareHandler } from 'hono';
import type { OriginPolicy } from '../origin-policy.js';
import { apiError, type RelayEnv } from '../relay-env.js';

export function checkHost(policy: OriginPolicy): MiddlewareHandler<RelayEnv> {
  return async (c, next) => {
    if (!policy.allowsHostWithoutAuth(c.req.header('host'))) {
      return apiError(c, 403, 'BAD_HOST', 'without authentication the relay answers only to localhost; set PORTLIGHT_TOKEN, or list this origin in PORTLIGHT_ALLOWED_ORIGINS');
    }
    await next();
  };
}

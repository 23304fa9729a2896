// Headers every response carries: no sniffing, no framing (clickjacking), no referrer leaks to other sites.
// `same-origin`, not `no-referrer`: under no-referrer Chromium sends `Origin: null` with the sign-in
// form's POST, which the origin check must refuse.
import type { MiddlewareHandler } from 'hono';
import type { RelayEnv } from '../relay-env.js';

export function securityHeaders(tls: boolean): MiddlewareHandler<RelayEnv> {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    if (tls) c.header('Strict-Transport-Security', 'max-age=31536000');
  };
}

// Lets a request through only with credentials: `Authorization: Bearer <token>` (scripts) or a
// session cookie (browsers). Everything else is 401, before any state is produced.
import type { MiddlewareHandler } from 'hono';
import type { Authenticator } from '../../auth/authenticator.js';
import type { Logger } from '../../log.js';
import { apiError, clientAddress, type RelayEnv } from '../relay-env.js';
import type { SessionCookie } from '../session-cookie.js';
import { rateLimited } from './rate-limited.js';

export function requireAuth(auth: Authenticator, cookie: SessionCookie, log: Logger): MiddlewareHandler<RelayEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const token = /^Bearer +([!-~]+) *$/i.exec(header)?.[1];
      if (token === undefined) return apiError(c, 401, 'BAD_AUTHORIZATION', 'send "Authorization: Bearer <token>"');
      const address = clientAddress(c);
      const result = await auth.attempt(address, token);
      if (result.ok) return next();
      if (result.code === 'BAD_CREDENTIALS') log.info('bearer token refused', { address, path: c.req.path });
      if (result.code === 'RATE_LIMITED') return rateLimited(c, result.retryAfterMs);
      return unauthorized(c, 'the token is not right');
    }
    const sessionId = cookie.read(c);
    if (sessionId !== undefined && auth.sessions.touch(sessionId)) {
      c.set('sessionId', sessionId);
      return next();
    }
    return unauthorized(c, sessionId === undefined ? 'sign in at /login, or send "Authorization: Bearer <token>"' : 'the session has ended: sign in again at /login');
  };
}

function unauthorized(c: Parameters<MiddlewareHandler<RelayEnv>>[0], message: string): Response {
  c.header('WWW-Authenticate', 'Bearer realm="portlight"');
  return apiError(c, 401, 'UNAUTHORIZED', message);
}

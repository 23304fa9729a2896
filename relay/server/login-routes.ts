// GET /login, POST /api/login and POST /api/logout. A form post (the login page) gets a redirect
// or the page again; a JSON post gets JSON. The password travels only in the request body.
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Authenticator } from '../auth/authenticator.js';
import type { Logger } from '../log.js';
import { MAX_SECRET_LENGTH } from '../auth/credential.js';
import { LOGIN_PAGE_CSP, loginPage } from './login-page.js';
import { checkOrigin } from './middleware/check-origin.js';
import { rateLimited } from './middleware/rate-limited.js';
import type { OriginPolicy } from './origin-policy.js';
import { apiError, clientAddress, type RelayEnv } from './relay-env.js';
import type { SessionCookie } from './session-cookie.js';

export interface LoginDependencies {
  auth: Authenticator | undefined;
  cookie: SessionCookie;
  origins: OriginPolicy;
  log: Logger;
}

export function addLoginRoutes(app: Hono<RelayEnv>, { auth, cookie, origins, log }: LoginDependencies): void {
  app.get('/login', (c) => {
    if (!auth) return c.redirect('/', 303);
    return page(c, 200);
  });

  const guard = [checkOrigin(origins), bodyLimit({ maxSize: 4 * MAX_SECRET_LENGTH, onError: (c) => apiError(c, 413, 'TOO_LARGE', 'the sign-in body is too large') })] as const;

  app.post('/api/login', ...guard, async (c) => {
    if (!auth) return apiError(c, 404, 'AUTH_OFF', 'sign-in is off: this relay serves loopback without authentication');
    const form = !isJson(c);
    const password = await readPassword(c);
    if (password === undefined) return apiError(c, 400, 'BAD_LOGIN', 'send {"password":"…"} as JSON or password=… as a form');
    const address = clientAddress(c);
    const result = await auth.attempt(address, password);
    // The address and the outcome only: never the password, not even a wrong one (often a near miss).
    log.info(result.ok ? 'signed in' : 'sign-in refused', { address, ...(result.ok ? {} : { reason: result.code }) });
    if (!result.ok) {
      if (result.code === 'RATE_LIMITED') return form ? page(c, 429, 'Too many attempts. Wait a minute, then try again.') : rateLimited(c, result.retryAfterMs);
      return form ? page(c, 401, 'That is not the password.') : apiError(c, 401, 'BAD_CREDENTIALS', 'that is not the password or token');
    }
    cookie.write(c, auth.sessions.create(), auth.sessions.absoluteMs);
    c.header('Cache-Control', 'no-store');
    return form ? c.redirect('/', 303) : c.json({ ok: true });
  });

  app.post('/api/logout', ...guard, async (c) => {
    const id = cookie.read(c);
    if (auth && id !== undefined) auth.sessions.revoke(id);
    cookie.clear(c);
    c.header('Cache-Control', 'no-store');
    return isJson(c) ? c.body(null, 204) : c.redirect(auth ? '/login' : '/', 303);
  });
}

function page(c: Context<RelayEnv>, status: 200 | 401 | 429, notice?: string): Response {
  c.header('Content-Security-Policy', LOGIN_PAGE_CSP);
  c.header('Cache-Control', 'no-store');
  return c.html(loginPage(notice), status);
}

function isJson(c: Context<RelayEnv>): boolean {
  return (c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json');
}

async function readPassword(c: Context<RelayEnv>): Promise<string | undefined> {
  try {
    const body: unknown = isJson(c) ? await c.req.json() : await c.req.parseBody();
    const password = typeof body === 'object' && body !== null ? (body as { password?: unknown }).password : undefined;
    return typeof password === 'string' && password.length > 0 && password.length <= MAX_SECRET_LENGTH ? password : undefined;
  } catch {
    return undefined;
  }
}

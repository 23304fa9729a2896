// Paths that try to climb out of the static folder (`..`, backslashes, NUL, bad escapes) get a plain
// 400 instead of the app shell, so a probe learns nothing and a log shows what happened.
import type { MiddlewareHandler } from 'hono';
import { apiError, type RelayEnv } from '../relay-env.js';

export function rejectBadPaths(): MiddlewareHandler<RelayEnv> {
  return async (c, next) => {
    const raw = c.env.incoming?.url ?? new URL(c.req.url).pathname;
    const path = raw.split('?')[0] ?? '';
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return apiError(c, 400, 'BAD_PATH', 'the path has a malformed %-escape');
    }
    if (!path.startsWith('/') || /(^|\/)\.\.?(\/|$)|\\|\0/.test(decoded)) {
      return apiError(c, 400, 'BAD_PATH', 'paths may not contain "..", "." segments, backslashes or NUL');
    }
    await next();
  };
}

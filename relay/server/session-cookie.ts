// The browser session cookie: HttpOnly (no script can read it), SameSite=Strict (no other site can
// send it), Secure and __Host- prefixed when the relay itself serves TLS.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { RelayEnv } from './relay-env.js';

export interface SessionCookie {
  read(c: Context<RelayEnv>): string | undefined;
  write(c: Context<RelayEnv>, id: string, maxAgeMs: number): void;
  clear(c: Context<RelayEnv>): void;
}

export function sessionCookie(secure: boolean): SessionCookie {
  const name = secure ? '__Host-portlight_session' : 'portlight_session';
  const base = { path: '/', httpOnly: true, sameSite: 'Strict', secure } as const;
  return {
    read: (c) => getCookie(c, name),
    write: (c, id, maxAgeMs) => setCookie(c, name, id, { ...base, maxAge: Math.floor(maxAgeMs / 1000) }),
    clear: (c) => {
      deleteCookie(c, name, base);
    },
  };
}

// What every route sees: the Node request (for the peer address) and, once signed in, the session.
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

export interface RelayEnv {
  Bindings: HttpBindings;
  Variables: {
    /** The browser session a request was let in with (absent for bearer tokens and with auth off). */
    sessionId?: string;
  };
}

/** The peer's address. Behind a reverse proxy every client shares the proxy's address. */
export function clientAddress(c: Context<RelayEnv>): string {
  return c.env.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** A JSON error body: a code a program can switch on and a message a person can act on. */
export function apiError(c: Context<RelayEnv>, status: 400 | 401 | 403 | 404 | 413 | 415 | 429 | 503, code: string, message: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: { code, message } }, status);
}

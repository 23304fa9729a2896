// The HTTP face of the relay: the state, the stream, sign-in and the PWA. Thin: everything it serves
// comes from the store and the hub; every request passes the security middleware first.
import { Hono } from 'hono';
import { createNodeWebSocket } from '@hono/node-ws';
import { serveStatic } from '@hono/node-server/serve-static';
import type { ServerType } from '@hono/node-server';
import type { WebSocket } from 'ws';
import type { Security } from '../auth/load-security.js';
import { createLogger, type Logger } from '../log.js';
import { CloseCode, type ClientLink } from '../hub/client-link.js';
import type { Hub, Session } from '../hub/hub.js';
import type { StateStore } from '../store/state-store.js';
import type { Heartbeat } from './heartbeat.js';
import { addLoginRoutes } from './login-routes.js';
import { checkHost } from './middleware/check-host.js';
import { checkOrigin } from './middleware/check-origin.js';
import { ignoreRanges } from './middleware/ignore-ranges.js';
import { rejectBadPaths } from './middleware/reject-bad-paths.js';
import { requireAuth } from './middleware/require-auth.js';
import { securityHeaders } from './middleware/security-headers.js';
import { OriginPolicy } from './origin-policy.js';
import { injectGuarded } from './guard-upgrades.js';
import { apiError, type RelayEnv } from './relay-env.js';
import { sessionCookie } from './session-cookie.js';
import { parseStreamRequest } from './stream-request.js';
import { answerHistoryQuery } from '../usage/history-query.js';
import { UsageHistory } from '../usage/usage-history.js';
import { MAX_CLIENTS, MAX_MESSAGE_BYTES, MessageRate } from './ws-limits.js';

export interface AppDependencies {
  store: StateStore;
  hub: Hub;
  heartbeat: Heartbeat;
  /** Folder of the built PWA. */
  staticRoot: string;
  /** Recent usage per container, for `GET /api/usage/history`. */
  usageHistory?: UsageHistory;
  /** Authentication, TLS and origins; absent means auth off (loopback only). */
  security?: Security;
  log?: Logger;
}

export interface RelayApp {
  app: Hono<RelayEnv>;
  injectWebSocket(server: ServerType): void;
  /** Stops the session sweeper. */
  close(): void;
}

const SESSION_SWEEP_MS = 60_000;

export function createApp({ store, hub, heartbeat, staticRoot, security = { allowedOrigins: [] }, log = createLogger('error', () => undefined), usageHistory = new UsageHistory() }: AppDependencies): RelayApp {
  const app = new Hono<RelayEnv>();
  const { upgradeWebSocket, injectWebSocket, wss } = createNodeWebSocket({ app });
  wss.options.maxPayload = MAX_MESSAGE_BYTES;
  const auth = security.authenticator;
  const origins = new OriginPolicy(security.allowedOrigins);
  const cookie = sessionCookie(security.tls !== undefined);
  const sweeper = setInterval(() => auth?.sessions.sweep(), SESSION_SWEEP_MS);
  sweeper.unref();

  app.use('*', securityHeaders(security.tls !== undefined), rejectBadPaths());
  addLoginRoutes(app, { auth, cookie, origins, log });
  // Origin before credentials: a foreign page is refused even if the browser would send a cookie.
  app.use('/ws', checkOrigin(origins));
  const gate = auth ? requireAuth(auth, cookie, log) : checkHost(origins);
  app.use('/api/*', gate);
  app.use('/ws', gate);

  app.get('/api/state', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.body(store.snapshotText(), 200, { 'Content-Type': 'application/json' });
  });

  app.get('/api/usage/history', (c) => {
    const answer = answerHistoryQuery(usageHistory, new URL(c.req.url).searchParams);
    c.header('Cache-Control', 'no-store');
    return c.json(answer.body, answer.status);
  });

  app.get(
    '/ws',
    async (c, next) => {
      const parsed = parseStreamRequest(new URL(c.req.url).searchParams);
      if (!parsed.ok) return apiError(c, 400, 'BAD_QUERY', parsed.message);
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        return c.json({ error: { code: 'UPGRADE_REQUIRED', message: 'connect with a WebSocket' } }, 426);
      }
      if (hub.clientCount >= MAX_CLIENTS) return apiError(c, 503, 'TOO_MANY_CLIENTS', 'the relay serves too many clients; try again later');
      await next();
    },
    upgradeWebSocket((c) => {
      const parsed = parseStreamRequest(new URL(c.req.url).searchParams);
      const request = parsed.ok ? parsed.request : { mode: 'delta' as const };
      const sessionId = c.get('sessionId');
      const rate = new MessageRate();
      let session: Session | undefined;
      let stopWatching = (): void => undefined;
      return {
        onOpen: (_event, ws) => {
          const socket = ws.raw as WebSocket;
          heartbeat.track(socket);
          // Signing out (or the session expiring) closes the streams it opened.
          if (auth && sessionId !== undefined) stopWatching = auth.sessions.onEnd(sessionId, () => socket.close(CloseCode.sessionEnded, 'signed out'));
          session = hub.attach(socketLink(socket), request);
        },
        onMessage: (event, ws) => {
          if (ws.readyState !== 1) return;
          if (!rate.take()) ws.close(CloseCode.policyViolation, 'too many messages');
          else if (typeof event.data !== 'string') ws.close(CloseCode.unsupportedData, 'text frames only');
          else if (session) hub.receive(session, event.data);
        },
        onClose: () => {
          stopWatching();
          if (session) hub.detach(session);
        },
      };
    }),
  );

  app.use('/api/*', async (c) => apiError(c, 404, 'NOT_FOUND', `no API at ${c.req.path}`));

  app.use('/*', async (c, next) => {
    await next();
    // Hashed build assets never change; everything else (index.html, sw.js, manifest) must be revalidated.
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  app.use('/*', ignoreRanges(), serveStatic({ root: staticRoot }));
  // Deep links (/containers/abc) are the app's own routes: serve the shell. A missing file is a 404.
  const shell = serveStatic({ root: staticRoot, path: 'index.html' });
  app.use('*', async (c, next) => (/\.[A-Za-z0-9]+$/.test(c.req.path) ? c.notFound() : shell(c, next)));

  return {
    app,
    injectWebSocket: (server) => injectGuarded(server, injectWebSocket),
    close: () => clearInterval(sweeper),
  };
}

function socketLink(socket: WebSocket): ClientLink {
  return {
    send: (text) => socket.send(text),
    close: (code, reason) => socket.close(code, reason),
    get bufferedAmount() {
      return socket.bufferedAmount;
    },
  };
}

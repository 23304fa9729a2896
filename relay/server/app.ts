// The HTTP face of the relay: the state, the stream, and the PWA. Thin: everything it serves comes
// from the store and the hub.
import { Hono } from 'hono';
import { createNodeWebSocket, type NodeWebSocket } from '@hono/node-ws';
import { serveStatic } from '@hono/node-server/serve-static';
import type { WebSocket } from 'ws';
import { CloseCode, type ClientLink } from '../hub/client-link.js';
import type { Hub, Session } from '../hub/hub.js';
import type { StateStore } from '../store/state-store.js';
import type { Heartbeat } from './heartbeat.js';
import { parseStreamRequest } from './stream-request.js';

export interface AppDependencies {
  store: StateStore;
  hub: Hub;
  heartbeat: Heartbeat;
  /** Folder of the built PWA. */
  staticRoot: string;
}

export interface RelayApp {
  app: Hono;
  injectWebSocket: NodeWebSocket['injectWebSocket'];
}

export function createApp({ store, hub, heartbeat, staticRoot }: AppDependencies): RelayApp {
  const app = new Hono();
  const { upgradeWebSocket, injectWebSocket } = createNodeWebSocket({ app });

  app.get('/api/state', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.body(store.snapshotText(), 200, { 'Content-Type': 'application/json' });
  });

  app.get(
    '/ws',
    async (c, next) => {
      const parsed = parseStreamRequest(new URL(c.req.url).searchParams);
      if (!parsed.ok) return c.json({ error: { code: 'BAD_QUERY', message: parsed.message } }, 400);
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        return c.json({ error: { code: 'UPGRADE_REQUIRED', message: 'connect with a WebSocket' } }, 426);
      }
      await next();
    },
    upgradeWebSocket((c) => {
      const parsed = parseStreamRequest(new URL(c.req.url).searchParams);
      const request = parsed.ok ? parsed.request : { mode: 'delta' as const };
      let session: Session | undefined;
      return {
        onOpen: (_event, ws) => {
          const socket = ws.raw as WebSocket;
          heartbeat.track(socket);
          session = hub.attach(socketLink(socket), request);
        },
        onMessage: (event, ws) => {
          if (typeof event.data !== 'string') ws.close(CloseCode.unsupportedData, 'text frames only');
          else if (session) hub.receive(session, event.data);
        },
        onClose: () => {
          if (session) hub.detach(session);
        },
      };
    }),
  );

  app.use('/api/*', async (c) => c.json({ error: { code: 'NOT_FOUND', message: `no API at ${c.req.path}` } }, 404));

  app.use('/*', async (c, next) => {
    await next();
    // Hashed build assets never change; everything else (index.html, sw.js, manifest) must be revalidated.
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  app.use('/*', serveStatic({ root: staticRoot }));
  // Deep links (/containers/abc) are the app's own routes: serve the shell. A missing file is a 404.
  const shell = serveStatic({ root: staticRoot, path: 'index.html' });
  app.use('*', async (c, next) => (/\.[A-Za-z0-9]+$/.test(c.req.path) ? c.notFound() : shell(c, next)));

  return { app, injectWebSocket };
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

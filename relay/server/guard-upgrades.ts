// Puts a guard in front of @hono/node-ws's upgrade listener: it answers a request target that is
// not a plain path with 400 (its own URL parsing would throw), keeps a socket reset during the
// asynchronous checks from crashing the process, and turns any failure into a closed socket.
import type { ServerType } from '@hono/node-server';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NodeWebSocket } from '@hono/node-ws';

type UpgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => unknown;

export function injectGuarded(server: ServerType, inject: NodeWebSocket['injectWebSocket']): void {
  const facade = {
    on(event: string, listener: UpgradeListener) {
      server.on(event, (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        socket.on('error', () => socket.destroy());
        if (!isPlainPath(request.url)) {
          socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
          return;
        }
        Promise.resolve(listener(request, socket, head)).catch(() => socket.destroy());
      });
      return facade;
    },
  };
  inject(facade as unknown as Server);
}

function isPlainPath(url: string | undefined): boolean {
  if (url === undefined || !url.startsWith('/') || url.startsWith('//')) return false;
  try {
    new URL(url, 'http://localhost');
    return true;
  } catch {
    return false;
  }
}

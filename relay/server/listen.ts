// Opens the HTTP or HTTPS server, with tight limits on what a request may cost before it is routed.
import { serve, type ServerType } from '@hono/node-server';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

export interface ListenOptions {
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
}

const LIMITS = {
  // Bigger headers are answered 431 by Node itself.
  maxHeaderSize: 16 * 1024,
  // A client dribbling its headers (slowloris) is cut off with 408.
  headersTimeout: 15_000,
  requestTimeout: 30_000,
  // How often Node looks for connections past those timeouts (its default, 30 s, doubles the wait).
  connectionsCheckingInterval: 5_000,
} as const;

export function listen(fetch: Parameters<typeof serve>[0]['fetch'], options: ListenOptions): Promise<ServerType> {
  const base = { fetch, hostname: options.host, port: options.port };
  const settings = options.tls
    ? { ...base, createServer: createHttpsServer, serverOptions: { ...LIMITS, cert: options.tls.cert, key: options.tls.key } }
    : { ...base, createServer: createHttpServer, serverOptions: LIMITS };
  return new Promise((resolve, reject) => {
    const server = serve(settings, () => resolve(server));
    server.once('error', reject);
  });
}

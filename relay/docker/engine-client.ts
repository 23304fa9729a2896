// A minimal, read-only Docker Engine API client: GET only, by construction. The relay needs a dozen
// read requests; a full client library costs ~29 MB of RSS for features the relay must never use.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { EngineConnection } from './docker-host.js';

export class EngineApiError extends Error {
  readonly code = 'ENGINE_API';
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export interface EngineClient {
  /** GETs a JSON document; rejects with EngineApiError on a non-2xx answer. */
  getJson<T>(path: string): Promise<T>;
  /** Like getJson, but resolves undefined when the engine answers 404. */
  getJsonIfExists<T>(path: string): Promise<T | undefined>;
  /** GETs a streaming body (events, stats); the caller destroys it when done. */
  getStream(path: string): Promise<IncomingMessage>;
  close(): void;
}

const REQUEST_TIMEOUT_MS = 30_000;

export function createEngineClient(connection: EngineConnection): EngineClient {
  // Short requests share a few kept-alive sockets (a burst of inspects reuses them). Streams (events,
  // stats) never end, so they get their own unpooled agent: in the pool they would hold every socket
  // and queue all inspects and pings behind them forever.
  const tls = connection.kind === 'tcp' ? connection.tls : undefined;
  const pooled = tls ? new https.Agent({ keepAlive: true, maxSockets: 32, ...tls }) : new http.Agent({ keepAlive: true, maxSockets: 32 });
  const streaming = tls ? new https.Agent({ keepAlive: false, ...tls }) : new http.Agent({ keepAlive: false });

  const open = async (path: string, timeoutMs: number | undefined, agent: http.Agent): Promise<IncomingMessage> => {
    const target = await requestTarget(connection, agent);
    return new Promise((resolve, reject) => {
      const request = target.transport.request({ ...target.options, method: 'GET', path, headers: { host: 'docker' } }, resolve);
      if (timeoutMs !== undefined) {
        request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer to GET ${path} within ${timeoutMs} ms`)));
      }
      request.once('error', reject);
      request.end();
    });
  };

  const getJson = async <T>(path: string): Promise<T> => {
    const response = await open(path, REQUEST_TIMEOUT_MS, pooled);
    const body = await readBody(response);
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) throw new EngineApiError(status, `GET ${path} answered ${status}: ${engineMessage(body)}`);
    return JSON.parse(body) as T;
  };

  return {
    getJson,
    async getJsonIfExists<T>(path: string) {
      try {
        return await getJson<T>(path);
      } catch (error) {
        if (error instanceof EngineApiError && error.statusCode === 404) return undefined;
        throw error;
      }
    },
    async getStream(path) {
      const response = await open(path, undefined, streaming);
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        throw new EngineApiError(status, `GET ${path} answered ${status}: ${engineMessage(await readBody(response))}`);
      }
      return response;
    },
    close: () => {
      pooled.destroy();
      streaming.destroy();
    },
  };
}

interface RequestTarget {
  transport: typeof http | typeof https;
  options: http.RequestOptions;
}

async function requestTarget(connection: EngineConnection, agent: http.Agent): Promise<RequestTarget> {
  switch (connection.kind) {
    case 'unix':
      return { transport: http, options: { socketPath: connection.socketPath, agent } };
    case 'tcp':
      return { transport: connection.tls ? https : http, options: { host: connection.host, port: connection.port, agent } };
    case 'ssh': {
      // Loaded only for ssh:// engines: docker-modem's agent runs `docker system dial-stdio` over SSH.
      const { default: sshAgent } = await import('docker-modem/lib/ssh.js');
      const sshOptions = { host: connection.host, port: connection.port, username: connection.username, agent: connection.sshAuthSocket };
      return { transport: http, options: { agent: sshAgent(sshOptions) } };
    }
  }
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.once('error', reject);
  });
}

function engineMessage(body: string): string {
  try {
    return String((JSON.parse(body) as { message?: unknown }).message ?? body);
  } catch {
    return body.slice(0, 200);
  }
}

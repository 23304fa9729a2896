// A WebSocket test client that records every message and how the socket ended.
import WebSocket, { type ClientOptions } from 'ws';

export interface Opened {
  readonly ws: WebSocket;
  readonly messages: Array<Record<string, unknown>>;
  /** Resolves with the close code once the socket closes. */
  readonly closed: Promise<number>;
}

/** Opens a socket; resolves when open, or rejects with the HTTP status the upgrade got. */
export function openSocket(url: string, options: ClientOptions = {}): Promise<Opened> {
  const ws = new WebSocket(url, options);
  const messages: Array<Record<string, unknown>> = [];
  ws.on('message', (data, isBinary) => {
    if (!isBinary) messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, messages, closed }));
    ws.once('unexpected-response', (_request, response) => {
      reject(new UpgradeRefused(response.statusCode ?? 0));
      ws.terminate();
    });
    ws.once('error', (error) => reject(error));
  });
}

export class UpgradeRefused extends Error {
  readonly code = 'UPGRADE_REFUSED';
  constructor(readonly status: number) {
    super(`upgrade refused with ${status}`);
  }
}

/** The HTTP status an upgrade attempt got: 101 when it opened. */
export async function upgradeStatus(url: string, options: ClientOptions = {}): Promise<number> {
  try {
    const { ws } = await openSocket(url, options);
    ws.close();
    return 101;
  } catch (error) {
    if (error instanceof UpgradeRefused) return error.status;
    throw error;
  }
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

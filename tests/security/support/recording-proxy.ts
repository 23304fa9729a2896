// A unix-socket proxy in front of the engine that records the method, path and headers of every
// HTTP request passing through: the relay under test talks to the engine only through it.
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: string;
}

export interface RecordingProxy {
  readonly dockerHost: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const REQUEST_HEAD = /([A-Z]+) (\S+) HTTP\/1\.[01]\r\n([\s\S]*?)\r\n\r\n/g;

export async function startRecordingProxy(engineSocket: string): Promise<RecordingProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'plt-px-'));
  const path = join(dir, 'p.sock');
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((client) => {
    const engine = connect(engineSocket);
    let pending = '';
    client.on('data', (chunk: Buffer) => {
      // The relay sends only heads (reads have no bodies); anything else still shows its method.
      pending += chunk.toString('latin1');
      let consumed = 0;
      for (const match of pending.matchAll(REQUEST_HEAD)) {
        requests.push({ method: match[1] ?? '', path: match[2] ?? '', headers: match[3] ?? '' });
        consumed = (match.index ?? 0) + match[0].length;
      }
      pending = pending.slice(consumed);
      engine.write(chunk);
    });
    engine.pipe(client);
    client.on('error', () => engine.destroy());
    engine.on('error', () => client.destroy());
    client.on('close', () => engine.destroy());
    engine.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return {
    dockerHost: `unix://${path}`,
    requests,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Open streams (events) would hold close() forever.
        server.unref();
        setTimeout(resolve, 500).unref();
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

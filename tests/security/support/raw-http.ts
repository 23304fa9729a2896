// Sends raw bytes over TCP and returns what came back: for requests fetch() refuses to make.
import { connect } from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly text: string;
}

/** `end` half-closes after writing, so a truncated request is not left waiting for more. */
export function rawRequest(port: number, bytes: string | Buffer, timeoutMs = 10_000, end = false): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = (): void => {
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      // One response is enough: stop once its headers and declared body are in.
      const text = Buffer.concat(chunks).toString('latin1');
      const headEnd = text.indexOf('\r\n\r\n');
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(text)?.[1] ?? -1);
      const switching = headEnd >= 0 && text.startsWith('HTTP/1.1 101');
      if (switching || (headEnd >= 0 && length >= 0 && text.length >= headEnd + 4 + length)) {
        clearTimeout(timer);
        finish();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      finish();
    });
    if (end) socket.end(bytes);
    else socket.write(bytes);
  });
}

export const get = (path: string, headers = ''): string => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`;

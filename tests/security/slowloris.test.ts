// A client that opens a connection and dribbles its headers forever (slowloris) is cut off with 408
// once the header deadline passes, while others are served meanwhile. Takes ~15-20 s by nature.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestRelay, type TestRelay } from './support/test-relay.js';

let t: TestRelay;
beforeAll(async () => {
  t = await startTestRelay();
});
afterAll(async () => t?.close());

it('answers headers that never finish with 408 and closes the connection', { timeout: 60_000 }, async () => {
  const socket = connect(t.port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.write('GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  const drip = setInterval(() => socket.writable && socket.write('X-Drip: 1\r\n'), 1000);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  expect((await fetch(`${t.url}/api/state`)).status).toBe(200);
  await closed;
  clearInterval(drip);
  expect(received).toMatch(/^HTTP\/1\.1 408/);
});

// Half-open connections: a peer that stops answering pings (its network vanished) is cut off, while
// one that answers stays. Real sockets; a short interval so the test need not wait 15 s.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { Heartbeat } from '../../relay/server/heartbeat.js';
import { waitFor } from './support/ws-client.js';

let server: WebSocketServer;
let heartbeat: Heartbeat;
let port = 0;
const serverCloses: number[] = [];

beforeAll(async () => {
  heartbeat = new Heartbeat(100);
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as { port: number }).port;
  server.on('connection', (socket) => {
    heartbeat.track(socket);
    socket.on('close', (code) => serverCloses.push(code));
  });
});
afterAll(() => {
  heartbeat.stop();
  server.close();
});

it('closes a connection whose peer never answers a ping, and keeps one that does', async () => {
  const healthy = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise((resolve) => healthy.once('open', resolve));

  // A raw client: completes the handshake, then neither reads frames nor answers pings.
  const silent = connect(port, '127.0.0.1');
  silent.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`);
  silent.on('data', () => undefined);
  await new Promise<void>((resolve) => silent.once('close', () => resolve()));

  await waitFor(() => serverCloses.length > 0, 'the server side to close');
  expect(serverCloses[0] === 4009 || serverCloses[0] === 1006).toBe(true);
  expect(healthy.readyState).toBe(WebSocket.OPEN);
  healthy.close();
});

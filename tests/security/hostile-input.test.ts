// Each kind of hostile input gets a clear close code or 4xx, costs only its own connection, and the
// relay keeps serving a well-behaved client alongside.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, rawRequest } from './support/raw-http.js';
import { OUTSIDE_SECRET, SHELL_MARKER } from './support/static-root.js';
import { startTestRelay, type TestRelay } from './support/test-relay.js';
import { openSocket, waitFor, type Opened } from './support/ws-client.js';

let t: TestRelay;
let bystander: Opened;

beforeAll(async () => {
  t = await startTestRelay();
  bystander = await openSocket(`${t.wsUrl}/ws`);
});
afterAll(async () => {
  bystander?.ws.close();
  await t?.close();
});

/** The well-behaved client still gets answers. */
async function bystanderStillServed(): Promise<void> {
  const before = bystander.messages.filter((m) => m['type'] === 'pong').length;
  bystander.ws.send('{"type":"ping"}');
  await waitFor(() => bystander.messages.filter((m) => m['type'] === 'pong').length > before, 'the bystander\'s pong');
  expect((await fetch(`${t.url}/api/state`)).status).toBe(200);
}

describe('WebSocket frames', () => {
  it('closes an oversized frame with 1009', async () => {
    const { ws, closed } = await openSocket(`${t.wsUrl}/ws`);
    ws.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(8 * 1024) }));
    expect(await closed).toBe(1009);
    await bystanderStillServed();
  });

  it('closes a binary frame with 1003', async () => {
    const { ws, closed } = await openSocket(`${t.wsUrl}/ws`);
    ws.send(Buffer.from([1, 2, 3]));
    expect(await closed).toBe(1003);
    await bystanderStillServed();
  });

  it('closes a text frame that is not UTF-8 with 1007', async () => {
    const { ws, closed } = await openSocket(`${t.wsUrl}/ws`);
    ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await closed).toBe(1007);
    await bystanderStillServed();
  });

  it('closes a flooding client with 1008', async () => {
    const { ws, closed } = await openSocket(`${t.wsUrl}/ws`);
    for (let i = 0; i < 1000; i++) ws.send('{"type":"ping"}');
    expect(await closed).toBe(1008);
    await bystanderStillServed();
  });

  it('answers malformed JSON and unknown types with an error message and keeps the connection', async () => {
    const { ws, messages } = await openSocket(`${t.wsUrl}/ws`);
    for (const frame of ['{', 'null', '[]', '"ping"', '{"type":42}', '{"type":"subscribe"}', '\u0000\uffff']) ws.send(frame);
    ws.send('{"type":"ping"}');
    await waitFor(() => messages.some((m) => m['type'] === 'pong'), 'the pong after the bad frames');
    const codes = messages.filter((m) => m['type'] === 'error').map((m) => m['code']);
    expect(codes).toEqual(['BAD_JSON', 'UNKNOWN_TYPE', 'UNKNOWN_TYPE', 'UNKNOWN_TYPE', 'UNKNOWN_TYPE', 'UNKNOWN_TYPE', 'BAD_JSON']);
    expect(ws.readyState).toBe(ws.OPEN);
    ws.close();
  });
});

describe('query parameters', () => {
  it('answers bad rev, epoch and mode with 400 BAD_QUERY before any upgrade', async () => {
    const queries = ['rev=x', 'rev=-1', 'rev=1.5', 'rev=99999999999999999999', 'epoch=abc', 'epoch=../x&rev=1', `epoch=${'e'.repeat(65)}&rev=1`, 'mode=bogus', 'mode=', 'mode=full&mode=delta&rev=1'];
    for (const query of queries) {
      const response = await rawRequest(t.port, get(`/ws?${query}`, 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n'));
      expect(response.status, query).toBe(400);
      expect(response.text, query).not.toContain('engine_state');
      const plain = await fetch(`${t.url}/ws?${query}`);
      expect(plain.status, query).toBe(400);
      expect(await plain.text()).toContain('BAD_QUERY');
    }
    await bystanderStillServed();
  });
});

describe('static files', () => {
  it('never serves a file outside the static folder, whatever the spelling', async () => {
    const paths = [
      '/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt',
      '/..\\secret.txt', '/%5c..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '//secret.txt', '/%252e%252e/secret.txt',
      '/secret.txt%00.js', '/%c0%ae%c0%ae/secret.txt', '/assets/../../secret.txt', '/.%2e/secret.txt', '/%', '/a%zz',
    ];
    for (const path of paths) {
      const response = await rawRequest(t.port, get(path));
      expect(response.text, path).not.toContain(OUTSIDE_SECRET);
      // A traversal attempt is a 4xx, or normalized away to a plain in-root path (never the secret).
      if (response.status === 200) expect(response.text, path).toContain(SHELL_MARKER);
      else expect(response.status, path).toBeGreaterThanOrEqual(400);
    }
    expect((await rawRequest(t.port, get('/..%2fsecret.txt'))).status).toBe(400);
    await bystanderStillServed();
  });
});

describe('headers', () => {
  it('answers oversized headers with 431, on plain requests and on upgrades', async () => {
    const big = `X-Big: ${'a'.repeat(64 * 1024)}\r\n`;
    expect((await rawRequest(t.port, get('/api/state', big))).status).toBe(431);
    const upgrade = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';
    expect((await rawRequest(t.port, get('/ws', upgrade + big))).status).toBe(431);
    await bystanderStillServed();
  });

  it('answers a malformed request line or upgrade with 400', async () => {
    expect((await rawRequest(t.port, 'GARBAGE\r\n\r\n')).status).toBe(400);
    const badKey = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: short\r\n';
    expect((await rawRequest(t.port, get('/ws', badKey))).status).toBe(400);
    const absolute = 'GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n';
    expect((await rawRequest(t.port, absolute)).status).toBe(400);
    await bystanderStillServed();
  });
});

// Cross-site WebSocket hijacking and DNS rebinding: a page from another origin, or a request for a
// name that is not the relay's, is refused with 403 before the handshake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './support/raw-http.js';
import { bearer, startTestRelay, TEST_TOKEN, type TestRelay } from './support/test-relay.js';
import { upgradeStatus } from './support/ws-client.js';

describe('with authentication off (loopback)', () => {
  let t: TestRelay;
  beforeAll(async () => {
    t = await startTestRelay({ security: { allowedOrigins: ['https://dash.example.com'] } });
  });
  afterAll(async () => t?.close());

  it('accepts its own origin, a listed origin, and a client that sends none', async () => {
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { origin: t.url })).toBe(101);
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { origin: `http://localhost:${t.port}`, headers: { Host: `localhost:${t.port}` } })).toBe(101);
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { origin: 'https://dash.example.com' })).toBe(101);
    expect(await upgradeStatus(`${t.wsUrl}/ws`)).toBe(101);
  });

  it('refuses any other origin with 403', async () => {
    for (const origin of ['http://evil.example', `http://evil.example:${t.port}`, `http://127.0.0.1:${t.port + 1}`, `https://127.0.0.1:${t.port}.evil.example`, 'null', 'file://', 'https://dash.example.com.evil.example']) {
      expect(await upgradeStatus(`${t.wsUrl}/ws`, { origin }), origin).toBe(403);
    }
  });

  it('refuses a request for a foreign host name (DNS rebinding) on the API and the stream', async () => {
    // fetch() will not send a Host of our choosing; a raw request will.
    const response = await rawRequest(t.port, `GET /api/state HTTP/1.1\r\nHost: evil.example:${t.port}\r\nConnection: close\r\n\r\n`);
    expect(response.status).toBe(403);
    expect(response.text).toContain('BAD_HOST');
    expect(response.text).not.toContain('engine_state');
    const rebound = { Host: `evil.example:${t.port}` };
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { headers: rebound, origin: `http://evil.example:${t.port}` })).toBe(403);
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { headers: rebound })).toBe(403);
    expect((await rawRequest(t.port, `GET /api/state HTTP/1.1\r\nHost: localhost:${t.port}\r\nConnection: close\r\n\r\n`)).status).toBe(200);
  });
});

describe('with authentication on', () => {
  let t: TestRelay;
  beforeAll(async () => {
    t = await startTestRelay({ security: { token: TEST_TOKEN } });
  });
  afterAll(async () => t?.close());

  it('checks the origin even when the credentials are right', async () => {
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { origin: 'http://evil.example', headers: bearer() })).toBe(403);
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { origin: t.url, headers: bearer() })).toBe(101);
  });

  it('lets a program without Origin in only with credentials', async () => {
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { headers: bearer() })).toBe(101);
    expect(await upgradeStatus(`${t.wsUrl}/ws`)).toBe(401);
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { origin: t.url })).toBe(401);
  });

  it('refuses a sign-in posted from another site', async () => {
    const response = await fetch(`${t.url}/api/login`, {
      method: 'POST', headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' }, body: JSON.stringify({ password: TEST_TOKEN }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('serves a foreign host name once authenticated (the cookie and token are what protect it)', async () => {
    const response = await rawRequest(t.port, `GET /api/state HTTP/1.1\r\nHost: portlight.lan\r\nAuthorization: Bearer ${TEST_TOKEN}\r\nConnection: close\r\n\r\n`);
    expect(response.status).toBe(200);
  });
});

// Authentication: who gets in, how, and what stays public.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, rawRequest } from './support/raw-http.js';
import { bearer, startTestRelay, TEST_TOKEN, type TestRelay } from './support/test-relay.js';
import { SHELL_MARKER } from './support/static-root.js';
import { openSocket, upgradeStatus, waitFor } from './support/ws-client.js';

let t: TestRelay;
const logs: string[] = [];

beforeAll(async () => {
  t = await startTestRelay({ security: { token: TEST_TOKEN }, logs });
});
afterAll(async () => t?.close());

async function login(password: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${t.url}/api/login`, {
    method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password }), ...init,
  });
}

function sessionCookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0] ?? '';
}

describe('with PORTLIGHT_TOKEN set', () => {
  it('answers 401 on /api/* and /ws without credentials, with nothing of the state', async () => {
    for (const path of ['/api/state', '/api/anything']) {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status).toBe(401);
      const body = await response.text();
      expect(body).toContain('UNAUTHORIZED');
      expect(body).not.toContain('engine_state');
    }
    expect(await upgradeStatus(`${t.wsUrl}/ws`)).toBe(401);
  });

  it('completes authentication before anything of the state is sent: a refused upgrade gets 401 and a closed socket', async () => {
    const upgrade = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';
    for (const extra of ['', 'Cookie: portlight_session=forged\r\n', 'Authorization: Bearer wrong-token-0123456789\r\n']) {
      const response = await rawRequest(t.port, get('/ws', upgrade + extra));
      expect(response.status).toBe(401);
      expect(response.text).not.toContain('engine_state');
      expect(response.text).not.toContain('101 Switching');
    }
  });

  it('refuses a wrong bearer token and a malformed Authorization header', async () => {
    expect((await fetch(`${t.url}/api/state`, { headers: bearer('wrong-token-0123456789') })).status).toBe(401);
    expect((await fetch(`${t.url}/api/state`, { headers: { Authorization: `Basic ${btoa(`x:${TEST_TOKEN}`)}` } })).status).toBe(401);
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { headers: bearer('wrong-token-0123456789') })).toBe(401);
  });

  it('lets a script in with Authorization: Bearer on HTTP and on the WebSocket upgrade', async () => {
    const response = await fetch(`${t.url}/api/state`, { headers: bearer() });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { type: string }).type).toBe('engine_state_update');
    const { ws, messages } = await openSocket(`${t.wsUrl}/ws`, { headers: bearer() });
    await waitFor(() => messages.length > 0, 'the snapshot');
    expect(messages[0]?.['type']).toBe('engine_state_update');
    ws.close();
  });

  it('keeps the app shell, manifest, icons, sw.js and /login public', async () => {
    for (const path of ['/', '/manifest.webmanifest', '/sw.js', '/icons/icon-192.png', '/assets/app-1234.js', '/login', '/containers/abc']) {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status, path).toBe(200);
    }
    expect(await (await fetch(`${t.url}/containers/abc`)).text()).toContain(SHELL_MARKER);
    const page = await fetch(`${t.url}/login`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('action="/api/login"');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('signs a browser in with an HttpOnly, SameSite=Strict session cookie that opens the API and the stream', async () => {
    expect((await login('not-the-token')).status).toBe(401);
    const response = await login(TEST_TOKEN);
    expect(response.status).toBe(200);
    const header = response.headers.get('set-cookie') ?? '';
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).toMatch(/Path=\//i);
    expect(header).not.toMatch(/Secure/i); // plain http: Secure would make the browser drop it
    expect(header).not.toContain(TEST_TOKEN);
    const cookie = sessionCookieOf(response);
    expect((await fetch(`${t.url}/api/state`, { headers: { Cookie: cookie } })).status).toBe(200);
    expect(await upgradeStatus(`${t.wsUrl}/ws`, { headers: { Cookie: cookie } })).toBe(101);
    expect((await fetch(`${t.url}/api/state`, { headers: { Cookie: 'portlight_session=forged-value' } })).status).toBe(401);
  });

  it('signs in from the HTML form with a redirect to the app', async () => {
    const response = await fetch(`${t.url}/api/login`, {
      method: 'POST', redirect: 'manual', body: new URLSearchParams({ password: TEST_TOKEN }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(sessionCookieOf(response)).toMatch(/^portlight_session=.{20,}/);
    const wrong = await fetch(`${t.url}/api/login`, { method: 'POST', body: new URLSearchParams({ password: 'nope' }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('not the password');
  });

  it('signs out: the cookie stops working and the streams it opened close with 4001', async () => {
    const cookie = sessionCookieOf(await login(TEST_TOKEN));
    const { closed } = await openSocket(`${t.wsUrl}/ws`, { headers: { Cookie: cookie } });
    const out = await fetch(`${t.url}/api/logout`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/portlight_session=;.*Max-Age=0/i);
    expect(await closed).toBe(4001);
    expect((await fetch(`${t.url}/api/state`, { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('never takes the password from the URL', async () => {
    const response = await fetch(`${t.url}/api/login?password=${TEST_TOKEN}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('never writes a credential into a log line', async () => {
    await login(TEST_TOKEN);
    await fetch(`${t.url}/api/state`, { headers: bearer() });
    await fetch(`${t.url}/api/state`, { headers: bearer('wrong-token-0123456789') });
    expect(logs.some((line) => line.includes('sign-in refused'))).toBe(true);
    expect(logs.some((line) => line.includes('bearer token refused'))).toBe(true);
    for (const line of logs) {
      expect(line).not.toContain(TEST_TOKEN);
      expect(line).not.toContain('wrong-token-0123456789');
    }
  });
});

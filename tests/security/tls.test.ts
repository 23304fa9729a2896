// --tls-cert/--tls-key: HTTPS and WSS with a self-signed certificate made here by openssl.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rawRequest, get } from './support/raw-http.js';
import { startTestRelay, TEST_TOKEN, type TestRelay } from './support/test-relay.js';
import { openSocket, waitFor } from './support/ws-client.js';

const dir = mkdtempSync(join(tmpdir(), 'plt-tls-'));
let t: TestRelay;
let ca: Buffer;

beforeAll(async () => {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert,
    ], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`openssl is needed to make a test certificate (apt-get install -y openssl): ${String(error)}`);
  }
  ca = readFileSync(cert);
  t = await startTestRelay({ security: { token: TEST_TOKEN, tlsCert: cert, tlsKey: key } });
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

function httpsRequest(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(`${t.url}${path}`, { ca, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

it('serves HTTPS, with a Secure, __Host- session cookie and HSTS', async () => {
  expect(t.url.startsWith('https://')).toBe(true);
  expect((await httpsRequest('/api/state')).status).toBe(401);
  const login = await httpsRequest('/api/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password: TEST_TOKEN }) });
  expect(login.status).toBe(200);
  const cookie = String(login.headers['set-cookie']);
  expect(cookie).toMatch(/^__Host-portlight_session=/);
  expect(cookie).toMatch(/; Secure/i);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(login.headers['strict-transport-security']).toContain('max-age=');
  const state = await httpsRequest('/api/state', { headers: { Cookie: cookie.split(';')[0] ?? '' } });
  expect(state.status).toBe(200);
  expect(JSON.parse(state.body).type).toBe('engine_state_update');
});

it('serves WSS', async () => {
  const { ws, messages } = await openSocket(`${t.wsUrl}/ws`, { ca, headers: { Authorization: `Bearer ${TEST_TOKEN}` } });
  await waitFor(() => messages.length > 0, 'the snapshot over wss');
  expect(messages[0]?.['type']).toBe('engine_state_update');
  ws.close();
});

it('does not answer plain HTTP on the TLS port with any state', async () => {
  const response = await rawRequest(t.port, get('/api/state'));
  expect(response.text).not.toContain('engine_state');
});

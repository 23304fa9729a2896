// Guessing is limited per client address: after 10 failures even the right secret waits.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer, startTestRelay, TEST_TOKEN, type TestRelay } from './support/test-relay.js';

let t: TestRelay;
beforeAll(async () => {
  t = await startTestRelay({ security: { token: TEST_TOKEN } });
});
afterAll(async () => t?.close());

const login = (password: string): Promise<Response> =>
  fetch(`${t.url}/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password }) });

it('answers 429 with Retry-After once an address has failed too often, for logins and bearer tokens alike', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) statuses.push((await login(`guess-number-${i}`)).status);
  expect(statuses.every((status) => status === 401)).toBe(true);

  const blocked = await login(TEST_TOKEN);
  expect(blocked.status).toBe(429);
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(blocked.headers.get('set-cookie')).toBeNull();
  expect((await fetch(`${t.url}/api/state`, { headers: bearer() })).status).toBe(429);

  const form = await fetch(`${t.url}/api/login`, { method: 'POST', body: new URLSearchParams({ password: TEST_TOKEN }) });
  expect(form.status).toBe(429);
  expect(await form.text()).toContain('Too many attempts');
});

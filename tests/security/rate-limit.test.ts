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

  // Guesses sent all at once are counted as they start: none of these even reaches the check.
  const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => login(`parallel-guess-${i}`)));
  expect(burst.every((response) => response.status === 429)).toBe(true);

  const form = await fetch(`${t.url}/api/login`, { method: 'POST', body: new URLSearchParams({ password: TEST_TOKEN }) });
  expect(form.status).toBe(429);
  expect(await form.text()).toContain('Too many attempts');
});

it('counts a parallel burst of guesses as they start, so at most the limit are ever checked', async () => {
  const fresh = await startTestRelay({ security: { token: TEST_TOKEN } });
  try {
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) =>
      fetch(`${fresh.url}/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password: `burst-${i}` }) })));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(30);
  } finally {
    await fresh.close();
  }
});

it('does not count successful sign-ins against an address', async () => {
  const fresh = await startTestRelay({ security: { token: TEST_TOKEN } });
  try {
    for (let i = 0; i < 30; i++) expect((await fetch(`${fresh.url}/api/state`, { headers: bearer() })).status).toBe(200);
  } finally {
    await fresh.close();
  }
});

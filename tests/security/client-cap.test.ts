// The number of WebSocket clients is bounded: past the cap, an upgrade gets 503 before the handshake,
// and a place frees up when a client leaves.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_CLIENTS } from '../../relay/server/ws-limits.js';
import { startTestRelay, type TestRelay } from './support/test-relay.js';
import { openSocket, upgradeStatus, waitFor, type Opened } from './support/ws-client.js';

let t: TestRelay;
const clients: Opened[] = [];
beforeAll(async () => {
  t = await startTestRelay();
});
afterAll(async () => {
  for (const client of clients) client.ws.terminate();
  await t?.close();
});

it(`refuses client number ${MAX_CLIENTS + 1} with 503, and lets one in once another leaves`, async () => {
  for (let i = 0; i < MAX_CLIENTS; i += 50) {
    clients.push(...(await Promise.all(Array.from({ length: Math.min(50, MAX_CLIENTS - i) }, () => openSocket(`${t.wsUrl}/ws`)))));
  }
  await waitFor(() => t.relay.hub.clientCount === MAX_CLIENTS, 'every client to be attached');
  expect(await upgradeStatus(`${t.wsUrl}/ws`)).toBe(503);
  expect((await fetch(`${t.url}/api/state`)).status).toBe(200);
  const leaving = clients.pop();
  leaving?.ws.close();
  await leaving?.closed;
  await waitFor(() => t.relay.hub.clientCount < MAX_CLIENTS, 'the place to free up');
  expect(await upgradeStatus(`${t.wsUrl}/ws`)).toBe(101);
});

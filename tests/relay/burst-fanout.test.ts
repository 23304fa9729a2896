// 50 clients through a burst of 500+ container events: every client ends with the engine's state.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningRelay } from '../../relay/relay.js';
import { createContainer, engineTruth, inPool } from '../support/docker-ops.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually, fetchState, startTestRelay } from '../support/relay-harness.js';
import { connectClient, type StateClient } from '../support/state-client.js';

let engine: PrivateEngine;
let relay: RunningRelay;
let clients: StateClient[] = [];

beforeAll(async () => {
  engine = await startPrivateEngine();
  relay = await startTestRelay(engine);
  await relay.mirror.settled();
  clients = await Promise.all(Array.from({ length: 50 }, () => connectClient(relay.url)));
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await relay?.close();
  await engine?.dispose();
});

it('keeps 50 clients exact through 500 events', async () => {
  const names = Array.from({ length: 75 }, (_, i) => `burst-${i}`);
  // create, connect, start, kill, die, disconnect (and destroy for a third): 6-7 events each.
  await inPool(names, 8, async (name) => {
    const container = await createContainer(engine.docker, name);
    await container.start();
    await container.kill();
    if (Number(name.split('-')[1]) % 3 === 0) await container.remove();
  });
  const truth = await engineTruth(engine.docker);
  let state = await fetchState(relay);
  await eventually(async () => {
    state = await fetchState(relay);
    return JSON.stringify(Object.keys(state.data.containers).sort()) === JSON.stringify(truth.containers)
      && Object.values(state.data.containers).every((c) => c.state === 'exited')
      && clients.every((client) => client.rev === state.rev);
  }, () => `relay has ${Object.keys(state.data.containers).length} containers, engine ${truth.containers.length}; clients at ${[...new Set(clients.map((c) => c.rev))]} vs ${state.rev}`, 60_000);

  const events = state.data.events.length;
  expect(events).toBe(200);
  for (const client of clients) {
    expect(client.errors).toEqual([]);
    expect(client.data).toEqual(state.data);
  }
  // Coalesced: far fewer deltas than events.
  const deltas = clients[0]?.messages.filter((m) => m.type === 'engine_state_delta').length ?? 0;
  const eventCount = 75 * 6 + 25;
  expect(deltas).toBeGreaterThan(0);
  expect(deltas).toBeLessThan(eventCount);
});

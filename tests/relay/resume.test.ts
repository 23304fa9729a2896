// A client that reconnects with its epoch and rev gets exactly the deltas it missed; one whose epoch
// is unknown gets a snapshot.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningRelay } from '../../relay/relay.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually, fetchState, startTestRelay } from '../support/relay-harness.js';
import { connectClient, StateClient, upgradeAttempt } from '../support/state-client.js';

let engine: PrivateEngine;
let relay: RunningRelay;
let witness: StateClient;

beforeAll(async () => {
  engine = await startPrivateEngine();
  relay = await startTestRelay(engine);
  await relay.mirror.settled();
  witness = await connectClient(relay.url);
});

afterAll(async () => {
  await witness?.close();
  await relay?.close();
  await engine?.dispose();
});

async function makeChanges(prefix: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await engine.docker.createVolume({ Name: `${prefix}-${i}` });
  await eventually(async () => Object.keys((await fetchState(relay)).data.volumes).filter((n) => n.startsWith(prefix)).length === count,
    () => `${prefix} volumes not all mirrored`);
}

it('sends only the missed deltas, the same bytes the connected client got', async () => {
  const leaving = await connectClient(relay.url);
  const { epoch, rev } = leaving as { epoch: string; rev: number };
  await leaving.close();
  await makeChanges('missed', 5);
  await eventually(() => witness.rev === relay.store.rev, () => 'witness behind');

  const resumed = await connectClient(relay.url, `?epoch=${epoch}&rev=${rev}`);
  await eventually(() => resumed.messages.length > 0 && (resumed.messages.at(-1) as { rev?: number }).rev === relay.store.rev, () => 'resume incomplete');
  expect(resumed.messages.every((m) => m.type === 'engine_state_delta')).toBe(true);
  const witnessed = witness.messages.filter((m) => m.type === 'engine_state_delta' && m.baseRev >= rev);
  expect(resumed.messages).toEqual(witnessed);
  expect(resumed.messages[0]).toMatchObject({ baseRev: rev });
  await resumed.close();
});

it('sends nothing until the next change when the client is already current', async () => {
  const current = await connectClient(relay.url);
  const rev = current.rev as number;
  await current.close();
  const resumed = new StateClient(relay.url, `?epoch=${relay.store.epoch}&rev=${rev}`);
  await resumed.opened;
  await makeChanges('after', 1);
  await eventually(() => resumed.messages.length > 0, () => 'no delta after the change');
  expect(resumed.messages[0]).toMatchObject({ type: 'engine_state_delta', baseRev: rev });
  await resumed.close();
});

it('sends a snapshot for an unknown epoch or a rev the relay never had', async () => {
  for (const query of [`?epoch=older-epoch&rev=3`, `?epoch=${relay.store.epoch}&rev=${relay.store.rev + 1000}`]) {
    const client = await connectClient(relay.url, query);
    expect(client.messages[0]?.type).toBe('engine_state_update');
    expect(client.data).toEqual((await fetchState(relay)).data);
    await client.close();
  }
});

it('answers bad resume parameters with 400 before any upgrade', async () => {
  for (const query of ['?rev=abc&epoch=x', '?rev=5', '?mode=sometimes', '?epoch=../../x&rev=1']) {
    expect((await upgradeAttempt(`${relay.url}/ws${query}`)).status, query).toBe(400);
    // The upgrade refusal carries no body; a plain GET explains the same refusal.
    const explained = await fetch(`${relay.url}/ws${query}`);
    expect(explained.status).toBe(400);
    expect(((await explained.json()) as { error: { code: string } }).error.code).toBe('BAD_QUERY');
  }
});

it('full mode sends a complete state after every change', async () => {
  const full = await connectClient(relay.url, '?mode=full');
  await makeChanges('full', 2);
  await eventually(() => full.rev === relay.store.rev, () => 'full-mode client behind');
  expect(full.messages.length).toBeGreaterThan(1);
  expect(full.messages.every((m) => m.type === 'engine_state_update')).toBe(true);
  expect(full.data).toEqual((await fetchState(relay)).data);
  await full.close();
});

it('answers ping with pong and unknown messages with an error, keeping the link', async () => {
  const client = await connectClient(relay.url);
  client.send('{"type":"ping"}');
  client.send('not json');
  client.send('{"type":"subscribe"}');
  await eventually(() => client.messages.length >= 4, () => 'no replies');
  expect(client.messages.slice(1, 4).map((m) => m.type === 'error' ? m.code : m.type)).toEqual(['pong', 'BAD_JSON', 'UNKNOWN_TYPE']);
  expect(client.closeCode).toBeUndefined();
  await client.close();
});

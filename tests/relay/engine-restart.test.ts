// dockerd stopped and started again: the relay (its own process, as `npm start` runs it) says the
// engine is unreachable, keeps serving, reconnects, and its clients converge without reloading.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createContainer, engineTruth } from '../support/docker-ops.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually, fetchState } from '../support/relay-harness.js';
import { startRelayProcess, type RelayProcess } from '../support/relay-process.js';
import { connectClient, type StateClient } from '../support/state-client.js';

let engine: PrivateEngine;
let relay: RelayProcess;
let client: StateClient;

beforeAll(async () => {
  engine = await startPrivateEngine();
  relay = await startRelayProcess(['--docker-host', engine.dockerHost, '--log-level', 'info']);
  await eventually(async () => (await fetchState(relay)).data.engine.reachable, () => 'engine never reachable');
  client = await connectClient(relay.url);
});

afterAll(async () => {
  await client?.close();
  await relay?.stop();
  await engine?.dispose();
});

async function converged(): Promise<void> {
  let detail = '';
  await eventually(async () => {
    const state = await fetchState(relay);
    const truth = await engineTruth(engine.docker);
    detail = `client rev ${client.rev} vs ${state.rev}; relay containers ${Object.keys(state.data.containers).length} vs engine ${truth.containers.length}`;
    return client.rev === state.rev
      && JSON.stringify(Object.keys(state.data.containers).sort()) === JSON.stringify(truth.containers)
      && JSON.stringify(Object.keys(state.data.volumes).sort()) === JSON.stringify(truth.volumes);
  }, () => detail, 30_000);
  expect(client.errors).toEqual([]);
  expect(client.data).toEqual((await fetchState(relay)).data);
}

it('survives the engine going away and coming back, three times, with bounded memory', async () => {
  const rss: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const container = await createContainer(engine.docker, `survivor-${round}`);
    await container.start();
    await converged();

    await engine.stop();
    await eventually(() => client.data?.engine.reachable === false, () => 'client never saw the engine go away');
    expect(client.data?.engine.error).toMatch(/unreachable/);
    // Still serving, with the last-known entities.
    const during = await fetchState(relay);
    expect(Object.keys(during.data.containers)).toHaveLength(round + 1);

    await engine.restart();
    await eventually(() => client.data?.engine.reachable === true, () => 'client never saw the engine come back', 30_000);
    // Changes made after the engine came back are followed, and the re-list covered the restart
    // (dockerd without live-restore stopped the running containers).
    await engine.docker.createVolume({ Name: `after-restart-${round}` });
    await converged();
    expect(Object.values(client.data?.containers ?? {}).every((c) => c.state === 'exited')).toBe(true);
    expect(client.data?.volumes[`after-restart-${round}`]).toBeDefined();
    rss.push(relay.rssBytes());
  }
  expect(relay.child.exitCode).toBeNull();
  expect(client.messages.filter((m) => m.type === 'engine_state_update')).toHaveLength(1);
  // Bounded: later rounds do not keep growing (generous: GC timing is not ours to control).
  expect((rss[2] as number) - (rss[0] as number)).toBeLessThan(30 * 1024 * 1024);
  expect(relay.logs.some((entry) => entry['message'] === 'engine unreachable')).toBe(true);
});

// Many concurrent changes: the engine delivers their events out of time order; the mirror must still
// end exactly where the engine is.
import { afterAll, beforeAll, it } from 'vitest';
import type { RunningRelay } from '../../relay/relay.js';
import { engineTruth, inPool } from '../support/docker-ops.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually, fetchState, startTestRelay } from '../support/relay-harness.js';

let engine: PrivateEngine;
let relay: RunningRelay;

beforeAll(async () => {
  engine = await startPrivateEngine();
  relay = await startTestRelay(engine);
  await relay.mirror.settled();
});

afterAll(async () => {
  await relay?.close();
  await engine?.dispose();
});

it('mirrors 500 volumes created and then removed, 25 at a time', async () => {
  const names = Array.from({ length: 500 }, (_, i) => `v-${i}`);
  await inPool(names, 25, async (name) => {
    await engine.docker.createVolume({ Name: name });
  });
  await inPool(names, 25, async (name) => {
    await engine.docker.getVolume(name).remove();
  });
  const truth = (await engineTruth(engine.docker)).volumes;
  let mirrored: string[] = [];
  await eventually(async () => {
    mirrored = Object.keys((await fetchState(relay)).data.volumes).sort();
    return JSON.stringify(mirrored) === JSON.stringify(truth);
  }, () => `relay has ${mirrored.length} volumes (extra: ${mirrored.filter((n) => !truth.includes(n)).slice(0, 5)}), engine ${truth.length}`, 30_000);
});

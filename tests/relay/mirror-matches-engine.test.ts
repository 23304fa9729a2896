// /api/state holds exactly what the engine's own lists hold.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningRelay } from '../../relay/relay.js';
import { createContainer, engineTruth, importTinyImage } from '../support/docker-ops.js';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { eventually, fetchState, startTestRelay } from '../support/relay-harness.js';

let engine: PrivateEngine;
let relay: RunningRelay;

beforeAll(async () => {
  engine = await startPrivateEngine();
  // Things that exist before the relay starts must come from the initial listing.
  const running = await createContainer(engine.docker, 'before-running');
  await running.start();
  await createContainer(engine.docker, 'before-created');
  await importTinyImage(engine.docker, 'portlight-before:1');
  await engine.docker.createVolume({ Name: 'before-volume' });
  await engine.docker.createNetwork({ Name: 'before-net', Internal: true });
  relay = await startTestRelay(engine);
});

afterAll(async () => {
  await relay?.close();
  await engine?.dispose();
});

it('lists the same containers, images, volumes and networks as the engine', async () => {
  const truth = await engineTruth(engine.docker);
  let seen = '';
  await eventually(async () => {
    const { data } = await fetchState(relay);
    const mirrored = {
      containers: Object.keys(data.containers).sort(),
      images: Object.keys(data.images).sort(),
      volumes: Object.keys(data.volumes).sort(),
      networks: Object.keys(data.networks).sort(),
    };
    seen = JSON.stringify(mirrored);
    return seen === JSON.stringify(truth);
  }, () => `relay has ${seen}, engine has ${JSON.stringify(truth)}`);
});

it('describes containers leanly and correctly', async () => {
  const { data } = await fetchState(relay);
  const running = Object.values(data.containers).find((c) => c.name === 'before-running');
  expect(running).toMatchObject({ state: 'running', image: 'portlight-busybox:test', command: 'sleep 3600', restartPolicy: 'no' });
  expect(running?.pid).toBeGreaterThan(0);
  expect(running?.startedAt).toBeGreaterThan(0);
  const created = Object.values(data.containers).find((c) => c.name === 'before-created');
  expect(created).toMatchObject({ state: 'created', startedAt: null, exitCode: null, pid: null });
  expect(data.engine).toMatchObject({ reachable: true, error: null, apiVersion: expect.stringMatching(/^1\./) });
  expect(data.engine.counts).toEqual({ containers: 2, running: 1, paused: 0, stopped: 1, images: 2, volumes: 1, networks: 3 });
  const network = Object.values(data.networks).find((n) => n.name === 'before-net');
  expect(network).toMatchObject({ driver: 'bridge', internal: true });
  expect(Object.values(data.images).flatMap((i) => i.tags).sort()).toEqual(['portlight-before:1', 'portlight-busybox:test']);
});

it('serves the snapshot in the documented envelope', async () => {
  const response = await fetch(`${relay.url}/api/state`);
  expect(response.headers.get('content-type')).toContain('application/json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ type: 'engine_state_update', protocol: 1, epoch: relay.store.epoch });
  expect(Number.isInteger(body['rev'])).toBe(true);
  expect(new Date(String(body['timestamp'])).toISOString()).toBe(body['timestamp']);
});

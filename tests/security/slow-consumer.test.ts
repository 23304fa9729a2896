// A client that stops reading while 1,000 changes flow: the relay's memory stays bounded (the hub
// closes a client whose unsent data passes its bound with 4008), and the client, once it reads
// again, converges, resuming or resyncing as the protocol says.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPrivateEngine, type PrivateEngine } from '../support/private-engine.js';
import { startChildRelay, type ChildRelay } from './support/child-relay.js';
import { makeStaticRoot, type StaticRoot } from './support/static-root.js';
import { StateFollower } from './support/state-follower.js';
import { waitFor } from './support/ws-client.js';

const VOLUMES = 500; // created then removed: 1,000 changes
const LABEL = 'x'.repeat(1024); // makes each full snapshot large, so a paused full-mode client passes the bound
const MiB = 1024 * 1024;

let engine: PrivateEngine;
let relay: ChildRelay;
let staticRoot: StaticRoot;

beforeAll(async () => {
  engine = await startPrivateEngine();
  staticRoot = makeStaticRoot();
  relay = await startChildRelay({ dockerHost: engine.dockerHost, staticRoot: staticRoot.root });
});
afterAll(async () => {
  await relay?.close();
  await engine?.dispose();
  staticRoot?.dispose();
});

async function inBatches(count: number, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < count; start += 25) {
    await Promise.all(Array.from({ length: Math.min(25, count - start) }, (_, k) => run(start + k)));
  }
}

async function serverState(): Promise<{ rev: number; data: Record<string, unknown> }> {
  return (await (await fetch(`${relay.url}/api/state`)).json()) as { rev: number; data: Record<string, unknown> };
}

function withoutUsage(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'usage'));
}

/** Waits until the relay's rev stops moving and the reader holds it. */
async function settled(reader: StateFollower): Promise<void> {
  let last = -1;
  for (;;) {
    const { rev } = await serverState();
    if (rev === last && reader.held?.rev === rev) return;
    last = rev;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function converged(follower: StateFollower): Promise<void> {
  await waitFor(() => follower.held !== undefined, 'a first state');
  const server = await serverState();
  await waitFor(() => (follower.held?.rev ?? -1) >= server.rev, `rev ${server.rev}`, 30_000);
  const now = await serverState();
  await waitFor(() => follower.held?.rev === now.rev, `rev ${now.rev}`, 30_000);
  expect(withoutUsage(follower.held?.data as unknown as Record<string, unknown>)).toEqual(withoutUsage(now.data));
}

it('keeps memory bounded while clients stop reading, and they converge once they read again', { timeout: 120_000 }, async () => {
  const reader = new StateFollower(relay.wsUrl);
  const slowDelta = new StateFollower(relay.wsUrl);
  const slowFull = new StateFollower(relay.wsUrl, 'mode=full');
  for (const client of [reader, slowDelta, slowFull]) await client.connect();
  await waitFor(() => [reader, slowDelta, slowFull].every((c) => c.held !== undefined), 'every first snapshot');
  const baseline = await relay.memory();

  // Stop reading: the socket is paused, the kernel buffers fill, then the relay's queue grows.
  slowDelta.ws?.pause();
  slowFull.ws?.pause();
  let peak = baseline;
  const sampler = setInterval(() => {
    relay.memory().then((bytes) => (peak = Math.max(peak, bytes)), () => undefined);
  }, 500);

  try {
    await inBatches(VOLUMES, (i) => engine.docker.createVolume({ Name: `slow-${i}`, Labels: { pad: LABEL } }));
    await inBatches(VOLUMES, (i) => engine.docker.getVolume(`slow-${i}`).remove());
    await settled(reader);
  } finally {
    clearInterval(sampler);
  }
  // 1,000 engine changes arrive coalesced into fewer commits.
  expect(reader.received).toBeGreaterThan(10);
  peak = Math.max(peak, await relay.memory());

  // Unbounded, the full-mode client alone would hold hundreds of ~600 KiB snapshots (>100 MiB).
  expect(peak - baseline).toBeLessThan(48 * MiB);

  slowDelta.ws?.resume();
  slowFull.ws?.resume();
  await converged(reader);
  await converged(slowDelta);
  expect(slowDelta.problems).toEqual([]);

  // The full-mode client passed the bound: after what was already queued comes 4008; it resumes.
  await waitFor(() => slowFull.closeCode !== undefined, 'the slow full-mode client to be closed', 60_000);
  expect(slowFull.closeCode).toBe(4008);
  const heldBefore = slowFull.held?.rev ?? 0;
  await slowFull.connect();
  await converged(slowFull);
  expect(slowFull.held?.rev).toBeGreaterThan(heldBefore);

  // And once everyone has drained, the relay is back near where it started.
  expect((await relay.memory()) - baseline).toBeLessThan(16 * MiB);
  for (const client of [reader, slowDelta, slowFull]) client.ws?.close();
});

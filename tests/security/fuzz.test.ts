// Fuzz: 10,000+ random and malformed inputs (HTTP requests, upgrades, raw bytes, WebSocket frames)
// against a relay in its own process. Afterwards a well-behaved client still gets the right state,
// nothing answered 5xx, and the relay's memory is back near its baseline. Seeded: reproducible.
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startPrivateEngine, TEST_IMAGE, type PrivateEngine } from '../support/private-engine.js';
import { startChildRelay, type ChildRelay } from './support/child-relay.js';
import { fuzzFrame, fuzzHttpRequest, fuzzRawBytes, fuzzUpgradeRequest, seeded, type Random } from './support/fuzz-inputs.js';
import { rawRequest } from './support/raw-http.js';
import { makeStaticRoot, OUTSIDE_SECRET, type StaticRoot } from './support/static-root.js';
import { StateFollower } from './support/state-follower.js';
import { TEST_TOKEN } from './support/test-relay.js';
import { waitFor } from './support/ws-client.js';

const SEED = 20261122;
const COUNTS = { http: 3000, upgrades: 2000, raw: 1000, frames: 4000 };
const MiB = 1024 * 1024;

let engine: PrivateEngine;
let relay: ChildRelay;
let staticRoot: StaticRoot;
let cookie = '';

beforeAll(async () => {
  engine = await startPrivateEngine();
  staticRoot = makeStaticRoot();
  relay = await startChildRelay({ dockerHost: engine.dockerHost, staticRoot: staticRoot.root, security: { token: TEST_TOKEN } });
  const login = await fetch(`${relay.url}/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ password: TEST_TOKEN }) });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(async () => {
  await relay?.close();
  await engine?.dispose();
  staticRoot?.dispose();
});

/** Runs `count` tasks, `width` at a time. */
async function pool(count: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < count) await task(next++);
  }));
}

async function sendFrames(random: Random, count: number): Promise<number> {
  let ws: WebSocket | undefined;
  let sent = 0;
  const open = (): Promise<WebSocket> => new Promise((resolve, reject) => {
    const socket = new WebSocket(`${relay.wsUrl}/ws`, { headers: { Cookie: cookie } });
    socket.on('error', () => undefined);
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', () => reject(new Error('a fuzz socket was refused')));
  });
  while (sent < count) {
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      ws?.terminate();
      ws = await open();
    }
    const frame = fuzzFrame(random);
    ws.send(frame.data, { binary: frame.binary });
    sent++;
    if (sent % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  ws?.terminate();
  return sent;
}

interface Tally {
  inputs: number;
  statuses: Map<number, number>;
  leaks: string[];
}

async function fuzz(random: Random, scale: number): Promise<Tally> {
  const tally: Tally = { inputs: 0, statuses: new Map(), leaks: [] };
  const record = (status: number, text: string, input: string): void => {
    tally.inputs++;
    tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
    if (text.includes(OUTSIDE_SECRET) || (status >= 500 && tally.leaks.length < 5)) tally.leaks.push(`${status} for ${JSON.stringify(input.slice(0, 200))}`);
  };
  await pool(Math.round(COUNTS.http * scale), 16, async () => {
    const input = fuzzHttpRequest(random);
    const response = await rawRequest(relay.port, input, 5000, true);
    record(response.status, response.text, input);
  });
  await pool(Math.round(COUNTS.upgrades * scale), 16, async () => {
    const input = fuzzUpgradeRequest(random, cookie);
    const response = await rawRequest(relay.port, input, 5000);
    record(response.status, response.text, input);
  });
  await pool(Math.round(COUNTS.raw * scale), 16, async () => {
    const input = fuzzRawBytes(random);
    const response = await rawRequest(relay.port, input, 5000, true);
    record(response.status, response.text, input.toString('latin1'));
  });
  tally.inputs += await sendFrames(random, Math.round(COUNTS.frames * scale));
  return tally;
}

async function converges(follower: StateFollower): Promise<void> {
  const state = async () => (await (await fetch(`${relay.url}/api/state`, { headers: { Cookie: cookie } })).json()) as { rev: number; data: Record<string, unknown> };
  let server = await state();
  await waitFor(() => (follower.held?.rev ?? -1) >= server.rev, `rev ${server.rev}`, 30_000);
  server = await state();
  await waitFor(() => follower.held?.rev === server.rev, `rev ${server.rev}`, 30_000);
  const strip = (data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'usage'));
  expect(strip(follower.held?.data as unknown as Record<string, unknown>)).toEqual(strip(server.data));
  expect(follower.problems).toEqual([]);
}

it('survives 10,000 hostile inputs, keeps serving a good client correctly, and returns to its baseline memory', { timeout: 180_000 }, async () => {
  const random = seeded(SEED);
  const before = new StateFollower(relay.wsUrl, '', { headers: { Cookie: cookie } });
  await before.connect();

  await fuzz(random, 0.05); // warm-up: lazy initialization and compiled code are not growth
  const baseline = await relay.memory();

  const tally = await fuzz(random, 1);
  expect(tally.inputs).toBeGreaterThanOrEqual(10_000);
  expect(tally.leaks).toEqual([]);
  // Every input got a clear answer or a closed connection (0): never a server error.
  for (const status of tally.statuses.keys()) expect(status === 0 || (status >= 100 && status < 500), `status ${status}`).toBe(true);

  // The good client, connected all along, and a new one both follow a real change.
  const container = await engine.docker.createContainer({ Image: TEST_IMAGE, name: 'after-fuzz', Cmd: ['true'], HostConfig: { NetworkMode: 'none' } });
  const after = new StateFollower(relay.wsUrl, '', { headers: { Cookie: cookie } });
  await after.connect();
  await waitFor(() => JSON.stringify(before.held?.data.containers ?? {}).includes('after-fuzz'), 'the good client to see the change', 30_000);
  expect(before.closeCode).toBeUndefined();
  await converges(before);
  await converges(after);
  await container.remove({ force: true });

  const grown = (await relay.memory()) - baseline;
  console.log(`fuzz: ${tally.inputs} inputs; statuses ${JSON.stringify(Object.fromEntries(tally.statuses))}; memory ${(grown / MiB).toFixed(1)} MiB over baseline`);
  expect(grown).toBeLessThan(8 * MiB);
  before.ws?.close();
  after.ws?.close();
});

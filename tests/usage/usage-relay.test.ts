// Usage through the whole relay: sampling only while a client is connected, one compact message per
// tick that a client applies to end exactly at GET /api/state, stopped containers dropping out, history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningRelay } from '../../relay/relay.js';
import type { HistoryResponse } from '../../relay/usage/history-query.js';
import { applyMessage, type VersionedState } from '../../shared/apply-message.js';
import type { RelayMessage, StateUpdateMessage } from '../../shared/protocol.js';
import { startPrivateEngine, TEST_IMAGE, type PrivateEngine } from '../support/private-engine.js';
import { startTestRelay } from '../support/relay-harness.js';

let engine: PrivateEngine;
let relay: RunningRelay;

async function runSleeper(): Promise<string> {
  const container = await engine.docker.createContainer({ Image: TEST_IMAGE, Cmd: ['sleep', '3600'], HostConfig: { NetworkMode: 'none' } });
  await container.start();
  return container.id;
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function getState(): Promise<StateUpdateMessage> {
  return (await (await fetch(`${relay.url}/api/state`)).json()) as StateUpdateMessage;
}

/** A client that applies every message with the shared reducer, remembering each rev it held. */
class Client {
  readonly socket: WebSocket;
  held: VersionedState | undefined;
  readonly byRev = new Map<number, VersionedState>();
  readonly types: string[] = [];
  failure: string | undefined;

  constructor(url: string, resumeFrom?: VersionedState) {
    this.held = resumeFrom;
    this.socket = new WebSocket(url);
    this.socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as RelayMessage;
      if (message.type === 'pong' || message.type === 'error') return;
      this.types.push(message.type);
      const result = applyMessage(this.held, message);
      if (!result.ok) this.failure = result.message;
      else {
        this.held = result.state;
        this.byRev.set(result.state.rev, result.state);
      }
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

beforeAll(async () => {
  engine = await startPrivateEngine();
  relay = await startTestRelay(engine, 'warn');
});

afterAll(async () => {
  await relay?.close();
  await engine?.dispose();
});

describe('usage through the relay', () => {
  it('does not sample while no client is connected', async () => {
    const id = await runSleeper();
    await waitFor('the container in the state', () => relay.store.state.containers[id]?.state === 'running');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(relay.usage.sampling).toBe(false);
    expect(relay.usage.samples).toBe(0);
    expect((await getState()).data.usage).toEqual({});
  });

  it('streams usage ticks a client applies to exactly the served state, and drops stopped containers', async () => {
    const keep = await runSleeper();
    const stop = await runSleeper();
    const client = new Client(`${relay.url.replace('http', 'ws')}/ws`);
    try {
      await waitFor('usage rows for both containers', () => client.held?.data.usage[keep] !== undefined && client.held.data.usage[stop] !== undefined);
      expect(client.types).toContain('engine_usage_delta');
      const state = await getState();
      expect(state.data.engine.usageSampler).toBe('cgroup');
      expect(state.data.usage[keep]).toMatchObject({ pids: 1, cpuPercent: expect.any(Number) as number });

      await engine.docker.getContainer(stop).stop({ t: 0 });
      await waitFor('the stopped container to leave usage', () => client.held?.data.containers[stop]?.state === 'exited');
      expect(client.held?.data.usage[stop]).toBeUndefined();
      expect(client.held?.data.usage[keep]).toBeDefined();
      await engine.docker.getContainer(keep).remove({ force: true });
      await waitFor('the removed container to leave usage', () => client.held?.data.containers[keep] === undefined);
      expect(client.held?.data.usage[keep]).toBeUndefined();

      // Whatever rev the relay serves, the client held exactly that state at that rev.
      const served = await getState();
      await waitFor('the client to reach the served rev', () => (client.held?.rev ?? 0) >= served.rev);
      expect(client.failure).toBeUndefined();
      expect(client.byRev.get(served.rev)?.data).toEqual(served.data);
    } finally {
      await client.close();
    }
  });

  it('lets a client resume through usage ticks, and serves full-mode clients the same state', async () => {
    // This container's numbers change every second, so usage ticks keep coming.
    const container = await engine.docker.createContainer({ Image: TEST_IMAGE, Cmd: ['sh', '-c', 'while :; do sleep 1; done'], HostConfig: { NetworkMode: 'none' } });
    await container.start();
    const ws = relay.url.replace('http', 'ws');
    const full = new Client(`${ws}/ws?mode=full`);
    const first = new Client(`${ws}/ws`);
    let resumed: Client | undefined;
    try {
      await waitFor('a usage row', () => first.held?.data.usage[container.id] !== undefined);
      const left = first.held as VersionedState;
      await first.close();
      await waitFor('more usage ticks', () => (full.held?.rev ?? 0) >= left.rev + 2);
      resumed = new Client(`${ws}/ws?epoch=${left.epoch}&rev=${left.rev}`, left);
      const served = await getState();
      await waitFor('both clients to reach the served rev', () => (resumed?.held?.rev ?? 0) >= served.rev && (full.held?.rev ?? 0) >= served.rev);
      // Resumed with just the missed deltas and usage ticks, not a snapshot.
      expect(resumed.types[0]).not.toBe('engine_state_update');
      expect(resumed.types).toContain('engine_usage_delta');
      expect(full.types.every((type) => type === 'engine_state_update')).toBe(true);
      for (const client of [resumed, full]) {
        expect(client.failure).toBeUndefined();
        expect(client.byRev.get(served.rev)?.data).toEqual(served.data);
      }
    } finally {
      await Promise.all([full.close(), resumed?.close()]);
      await container.remove({ force: true });
    }
  });

  it('serves recent usage history per running container', async () => {
    const id = await runSleeper();
    const client = new Client(`${relay.url.replace('http', 'ws')}/ws`);
    try {
      // Ticks that change nothing are not sent, so wait for the row, then for the history to hold it.
      await waitFor('a usage row', () => client.held?.data.usage[id] !== undefined);
      const response = await fetch(`${relay.url}/api/usage/history?id=${id}&columns=cpuPercent,memoryBytes`);
      expect(response.status).toBe(200);
      const history = (await response.json()) as HistoryResponse;
      expect(history.columns).toEqual(['time', 'cpuPercent', 'memoryBytes']);
      const [times = [], cpu = [], memory = []] = history.containers[id] ?? [];
      expect(times.length).toBeGreaterThanOrEqual(1);
      expect(cpu).toHaveLength(times.length);
      expect(memory.every((bytes) => bytes > 0)).toBe(true);
      expect((await fetch(`${relay.url}/api/usage/history?columns=nope`)).status).toBe(400);
    } finally {
      await client.close();
    }
  });

  it('stops sampling once the last client has gone, and clears usage', async () => {
    await waitFor('sampling to stop', () => !relay.usage.sampling);
    const samples = relay.usage.samples;
    expect(samples).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(relay.usage.samples).toBe(samples);
    expect((await getState()).data.usage).toEqual({});
  });
});

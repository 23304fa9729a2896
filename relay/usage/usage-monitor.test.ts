import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContainerSummary } from '../../shared/types.js';
import { createLogger } from '../log.js';
import { StateStore } from '../store/state-store.js';
import type { CgroupSampler } from './cgroup-sampler.js';
import { UsageMonitor } from './usage-monitor.js';
import type { RawUsage, SampleTarget, UsageSampler } from './usage-sampler.js';

/** A sampler whose counters grow by half a core a second. */
class FakeSampler implements UsageSampler {
  readonly kind = 'docker-api';
  calls = 0;
  closed = 0;

  async sample(targets: readonly SampleTarget[]): Promise<Map<string, RawUsage>> {
    this.calls += 1;
    const at = Date.now();
    return new Map(targets.map((target) => [target.id, {
      at, cpuNanos: at * 5e5, memoryBytes: 100, memoryLimitBytes: Infinity, netRxBytes: 0, netTxBytes: 0,
      blockReadBytes: 0, blockWriteBytes: 0, pids: 1,
    }]));
  }

  close(): void {
    this.closed += 1;
  }
}

function running(id: string): ContainerSummary {
  return {
    id, name: id, image: 'img', imageId: 'sha256:1', command: 'sleep', state: 'running', health: null, exitCode: null,
    oomKilled: false, restartCount: 0, restartPolicy: 'no', createdAt: 1, startedAt: 1, finishedAt: null, pid: 42,
    ports: [], mounts: [], networks: [], labels: {},
  };
}

describe('UsageMonitor', () => {
  let store: StateStore;
  let sampler: FakeSampler;
  let setCount: (count: number) => void;
  let monitor: UsageMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    store = new StateStore();
    store.set('containers', 'a', running('a'));
    store.updateEngine({ reachable: true });
    store.commit();
    sampler = new FakeSampler();
    const clients = { onClientCount: (listener: (count: number) => void) => ((setCount = listener), () => undefined) };
    const candidates = { cgroup: {} as CgroupSampler, dockerApi: sampler };
    monitor = new UsageMonitor({ store, clients, choice: 'docker-api', candidates, log: createLogger('error'), idleStopMs: 3000 });
  });

  afterEach(() => {
    monitor.close();
    vi.useRealTimers();
  });

  it('does not sample without clients', async () => {
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sampler.calls).toBe(0);
    expect(monitor.sampling).toBe(false);
    expect(store.state.engine.usageSampler).toBeNull();
  });

  it('does not ask the stats API of an engine that is away', async () => {
    store.updateEngine({ reachable: false });
    store.commit();
    setCount(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(sampler.calls).toBe(0);
    expect(store.state.usage).toEqual({});
  });

  it('samples once a second while a client is connected, then stops and clears usage', async () => {
    setCount(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(sampler.calls).toBe(4);
    expect(store.state.usage['a']).toMatchObject({ cpuPercent: 50, memoryBytes: 100, pids: 1 });
    store.commit();
    expect(store.state.engine.usageSampler).toBe('docker-api');
    expect(monitor.history.series('a')?.cpuPercent).toEqual([50, 50, 50]);

    setCount(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(monitor.sampling).toBe(true);
    setCount(1);
    setCount(0);
    await vi.advanceTimersByTimeAsync(3000);
    expect(monitor.sampling).toBe(false);
    expect(sampler.closed).toBe(1);
    expect(store.state.usage).toEqual({});
    const calls = sampler.calls;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sampler.calls).toBe(calls);
  });

  it('closes the sampler again when it stops while a sample is still reading', async () => {
    let finish: () => void = () => undefined;
    const slow = sampler.sample.bind(sampler);
    sampler.sample = (targets) => new Promise((resolve) => (finish = () => resolve(slow(targets))));
    setCount(1);
    await vi.advanceTimersByTimeAsync(0);
    monitor.close();
    const closedAtStop = sampler.closed;
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(sampler.closed).toBe(closedAtStop + 1);
  });
});

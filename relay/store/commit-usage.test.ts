import { describe, expect, it } from 'vitest';
import { applyMessage, type VersionedState } from '../../shared/apply-message.js';
import type { StateMessage } from '../../shared/protocol.js';
import type { ContainerSummary, ContainerUsage } from '../../shared/types.js';
import { StateStore } from './state-store.js';

function container(id: string, state: ContainerSummary['state']): ContainerSummary {
  return {
    id, name: id, image: 'img', imageId: 'sha256:1', command: 'sleep', state, health: null, exitCode: null, oomKilled: false,
    restartCount: 0, restartPolicy: 'no', createdAt: 1, startedAt: 1, finishedAt: null, pid: state === 'running' ? 42 : null,
    ports: [], mounts: [], networks: [], labels: {},
  };
}

const row = (cpuPercent: number): ContainerUsage => ({
  cpuPercent, memoryBytes: 1, memoryLimitBytes: 2, memoryPercent: 50, netRxBytes: 0, netTxBytes: 0, netRxBytesPerSec: 0,
  netTxBytesPerSec: 0, blockReadBytes: 0, blockWriteBytes: 0, blockReadBytesPerSec: 0, blockWriteBytesPerSec: 0, pids: 1,
});

/** Follows the store the way a client does: every commit's text through the shared reducer. */
function follow(store: StateStore): { held: () => VersionedState | undefined } {
  let held: VersionedState | undefined = { epoch: store.epoch, rev: store.rev, data: store.state };
  store.subscribe((commit) => {
    const result = applyMessage(held, JSON.parse(commit.text) as StateMessage);
    held = result.ok ? result.state : undefined;
  });
  return { held: () => held };
}

describe('StateStore.commitUsage', () => {
  it('commits staged changes first, then one compact usage revision', () => {
    const store = new StateStore();
    const client = follow(store);
    store.set('containers', 'a', container('a', 'running'));
    const commit = store.commitUsage({ a: row(12.5) });
    expect(store.rev).toBe(2);
    expect(commit).toMatchObject({ type: 'engine_usage_delta', baseRev: 1, rev: 2, patch: [] });
    expect(JSON.parse(commit?.text ?? '')).toMatchObject({ type: 'engine_usage_delta', rows: { a: [12.5, 1, 2, 50, 0, 0, 0, 0, 0, 0, 0, 0, 1] } });
    expect(client.held()?.data).toEqual(store.state);
    expect(store.deltasSince(1)?.map((entry) => entry.text)).toEqual([commit?.text]);
  });

  it('makes no revision when nothing changed, and leaves out containers that are not running', () => {
    const store = new StateStore();
    store.set('containers', 'a', container('a', 'running'));
    store.set('containers', 'b', container('b', 'exited'));
    store.commitUsage({ a: row(1), b: row(2), gone: row(3) });
    const rev = store.rev;
    expect(store.state.usage).toEqual({ a: row(1) });
    expect(store.commitUsage({ a: row(1) })).toBeUndefined();
    expect(store.rev).toBe(rev);
  });

  it('drops a usage row in the same revision its container stops or goes away', () => {
    const store = new StateStore();
    const client = follow(store);
    store.set('containers', 'a', container('a', 'running'));
    store.set('containers', 'b', container('b', 'running'));
    store.commitUsage({ a: row(1), b: row(2) });
    store.set('containers', 'a', container('a', 'exited'));
    store.set('containers', 'b', undefined);
    const commit = store.commit();
    expect(commit?.patch).toContainEqual({ op: 'remove', path: '/usage/a' });
    expect(commit?.patch).toContainEqual({ op: 'remove', path: '/usage/b' });
    expect(store.state.usage).toEqual({});
    expect(client.held()?.data).toEqual(store.state);
  });
});

import fastJsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import type { StateUpdateMessage } from '../../shared/protocol.js';
import { MAX_EVENTS } from '../../shared/types.js';
import { DeltaHistory } from './delta-history.js';
import { StateStore, type Commit } from './state-store.js';
import { aContainer, anEvent } from './test-entities.js';

function recordingStore(history?: DeltaHistory): { store: StateStore; commits: Commit[] } {
  const store = new StateStore({ epoch: 'test', history });
  const commits: Commit[] = [];
  store.subscribe((commit) => commits.push(commit));
  return { store, commits };
}

describe('StateStore', () => {
  it('commits staged changes as one revision with a patch of just what changed', () => {
    const { store, commits } = recordingStore();
    store.set('containers', 'a', aContainer('a'));
    store.set('containers', 'b', aContainer('b'));
    store.commit();
    store.set('containers', 'a', aContainer('a', { state: 'exited', pid: null }));
    store.commit();
    expect(store.rev).toBe(2);
    expect(commits[1]?.patch).toEqual([
      { op: 'replace', path: '/containers/a/state', value: 'exited' },
      { op: 'replace', path: '/containers/a/pid', value: null },
      { op: 'replace', path: '/engine/counts', value: expect.objectContaining({ running: 1, stopped: 1 }) },
    ]);
  });

  it('keeps only the last staged value of an entity, and makes no revision when nothing changed', () => {
    const { store, commits } = recordingStore();
    store.set('volumes', 'v', { name: 'v', driver: 'local', mountpoint: '/a', scope: 'local', createdAt: null, labels: {} });
    store.set('volumes', 'v', undefined);
    expect(store.commit()).toBeUndefined();
    store.set('containers', 'a', aContainer('a'));
    store.commit();
    store.set('containers', 'a', aContainer('a'));
    expect(store.commit()).toBeUndefined();
    expect(commits).toHaveLength(1);
  });

  it('applying every delta to the first snapshot gives the current snapshot', () => {
    const { store, commits } = recordingStore();
    const first = JSON.parse(store.snapshotText()) as StateUpdateMessage;
    for (let i = 0; i < 30; i += 1) {
      store.set('containers', `c${i % 7}`, i % 5 === 0 ? undefined : aContainer(`c${i % 7}`, { restartCount: i }));
      store.appendEvent(anEvent(i));
      store.updateEngine({ reachable: i % 2 === 0, error: i % 2 === 0 ? null : 'gone' });
      store.commit();
    }
    let data = first.data;
    for (const commit of commits) data = fastJsonPatch.applyPatch(data, commit.patch as Operation[], true, false).newDocument;
    expect(data).toEqual((JSON.parse(store.snapshotText()) as StateUpdateMessage).data);
  });

  it('keeps the newest events only, sending none that would be trimmed at once', () => {
    const { store, commits } = recordingStore();
    for (let i = 0; i < MAX_EVENTS - 1; i += 1) store.appendEvent(anEvent(i));
    store.commit();
    for (let i = 0; i < 3 * MAX_EVENTS; i += 1) store.appendEvent(anEvent(1000 + i));
    store.commit();
    expect(store.state.events).toHaveLength(MAX_EVENTS);
    expect(store.state.events[0]?.time).toBe(1000 + 2 * MAX_EVENTS);
    expect(store.state.events.at(-1)?.time).toBe(1000 + 3 * MAX_EVENTS - 1);
    const added = commits[1]?.patch.filter((op) => op.op === 'add') ?? [];
    expect(added).toHaveLength(MAX_EVENTS);
  });

  it('derives counts from the entities', () => {
    const { store } = recordingStore();
    store.set('containers', 'a', aContainer('a'));
    store.set('containers', 'b', aContainer('b', { state: 'paused' }));
    store.set('containers', 'c', aContainer('c', { state: 'exited' }));
    store.commit();
    expect(store.state.engine.counts).toMatchObject({ containers: 3, running: 1, paused: 1, stopped: 1 });
  });

  it('serializes each revision once and never changes an old state', () => {
    const { store } = recordingStore();
    store.set('containers', 'a', aContainer('a'));
    store.commit();
    const before = store.state;
    const text = store.snapshotText();
    expect(store.snapshotText()).toBe(text);
    store.set('containers', 'a', aContainer('a', { name: 'renamed' }));
    store.commit();
    expect(before.containers['a']?.name).toBe('c-a');
    expect(store.snapshotText()).not.toBe(text);
  });

  it('hands out the missed deltas while it holds them', () => {
    const { store, commits } = recordingStore(new DeltaHistory(3));
    for (let i = 0; i < 5; i += 1) {
      store.appendEvent(anEvent(i));
      store.commit();
    }
    expect(store.deltasSince(5)).toEqual([]);
    expect(store.deltasSince(2)?.map((entry) => entry.text)).toEqual(commits.slice(2).map((commit) => commit.text));
    expect(store.deltasSince(1)).toBeUndefined();
    expect(store.deltasSince(9)).toBeUndefined();
  });
});

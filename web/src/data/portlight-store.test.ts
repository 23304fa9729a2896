import { assert } from 'chai';
import { FakeClock } from '../../../shared/client/fake-clock.js';
import { fakeSockets } from '../../../shared/client/fake-socket.js';
import { emptyEngineState } from '../../../shared/empty-state.js';
import { stateDelta, stateUpdate } from '../../../shared/protocol.js';
import type { CachedState } from './cached-state.js';
import { PortlightStore } from './portlight-store.js';
import type { StateCache } from './state-cache.js';
import type { StoreView } from './store-view.js';

function memoryCache(initial?: CachedState): StateCache & { saved: CachedState[] } {
  const saved: CachedState[] = [];
  return { saved, load: async () => initial, save: async (state) => void saved.push(state) };
}

function setup(cached?: CachedState) {
  const clock = new FakeClock();
  const sockets = fakeSockets();
  const cache = memoryCache(cached);
  const store = new PortlightStore({
    socketUrl: 'ws://relay/ws', openSocket: sockets.open, clock, cache,
    fetchState: () => Promise.reject(new Error('no relay')),
    backoff: { initialMs: 100, maxMs: 1000, jitter: 0 },
  });
  const views: StoreView[] = [];
  store.subscribe((view) => views.push(view));
  return { clock, sockets, cache, store, views };
}

describe('PortlightStore', () => {
  it('applies a snapshot and deltas into immutable views', async () => {
    const { store, sockets, views } = setup();
    await store.start();
    sockets.last().open();
    sockets.last().receive(stateUpdate('e1', 1, emptyEngineState()));
    const first = store.view;
    sockets.last().receive(stateDelta('e1', 1, 2, [{ op: 'replace', path: '/engine/name', value: 'box' }]));
    assert.notStrictEqual(store.view, first);
    assert.equal(first.rev, 1);
    assert.equal(store.view.rev, 2);
    assert.equal(store.view.state?.engine.name, 'box');
    assert.isFalse(store.view.stale);
    assert.equal(store.view.connection.phase, 'live');
    assert.isAbove(views.length, 2);
  });

  it('shows the cached state at once, stale, and resumes from it', async () => {
    const cached: CachedState = { epoch: 'old', rev: 9, asOf: 42, data: { ...emptyEngineState(), events: [] } };
    const { store, sockets, views } = setup(cached);
    await store.start();
    assert.strictEqual(views[0]?.state, cached.data);
    assert.isTrue(views[0]?.stale);
    assert.equal(views[0]?.asOf, 42);
    assert.equal(sockets.last().url, 'ws://relay/ws?epoch=old&rev=9');
    sockets.last().open();
    sockets.last().receive(stateDelta('old', 9, 10, [{ op: 'replace', path: '/engine/name', value: 'resumed' }]));
    assert.isFalse(store.view.stale);
    assert.equal(store.view.state?.engine.name, 'resumed');
  });

  it('connects without the cache when it does not answer', async () => {
    const clock = new FakeClock();
    const sockets = fakeSockets();
    const store = new PortlightStore({
      socketUrl: 'ws://relay/ws', openSocket: sockets.open, clock,
      fetchState: () => Promise.reject(new Error('no relay')),
      cache: { load: () => new Promise(() => undefined), save: async () => undefined },
      cacheLoadTimeoutMs: 500,
    });
    const started = store.start();
    clock.advance(500);
    await started;
    assert.equal(sockets.last().url, 'ws://relay/ws');
  });

  it('resyncs after a gap by reconnecting from the rev it holds', async () => {
    const { store, sockets } = setup();
    await store.start();
    sockets.last().open();
    sockets.last().receive(stateUpdate('e1', 3, emptyEngineState()));
    sockets.last().receive(stateDelta('e1', 5, 6, []));
    assert.equal(sockets.sockets.length, 2);
    assert.equal(sockets.last().url, 'ws://relay/ws?epoch=e1&rev=3');
    assert.equal(store.view.rev, 3);
  });

  it('keeps the last state, marked stale with its age, when the link dies', async () => {
    const { store, sockets, clock } = setup();
    await store.start();
    sockets.last().open();
    sockets.last().receive(stateUpdate('e1', 1, emptyEngineState()));
    const heardAt = clock.now();
    clock.advance(1000);
    sockets.last().drop();
    assert.equal(store.view.connection.phase, 'reconnecting');
    assert.isTrue(store.view.stale);
    assert.equal(store.view.asOf, heardAt);
    assert.equal(store.view.rev, 1);
  });

  it('writes the state to the cache, throttled', async () => {
    const { store, sockets, clock, cache } = setup();
    await store.start();
    sockets.last().open();
    for (let rev = 1; rev <= 5; rev += 1) {
      if (rev === 1) sockets.last().receive(stateUpdate('e1', 1, emptyEngineState()));
      else sockets.last().receive(stateDelta('e1', rev - 1, rev, []));
    }
    clock.advance(0);
    assert.deepEqual(cache.saved.map((s) => s.rev), [5]);
    sockets.last().receive(stateDelta('e1', 5, 6, [{ op: 'replace', path: '/engine/name', value: 'x' }]));
    clock.advance(1000);
    assert.deepEqual(cache.saved.map((s) => s.rev), [5]);
    clock.advance(1000);
    assert.deepEqual(cache.saved.map((s) => s.rev), [5, 6]);
    store.persistNow();
    assert.equal(cache.saved.at(-1)?.asOf, clock.now());
  });
});

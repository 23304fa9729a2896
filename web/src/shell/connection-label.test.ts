import { assert } from 'chai';
import { emptyEngineState } from '../../../shared/empty-state.js';
import type { StoreView } from '../data/store-view.js';
import { connectionLabel, hoursMinutes } from './connection-label.js';

const reachable = () => {
  const state = emptyEngineState();
  return { ...state, engine: { ...state.engine, reachable: true, error: null } };
};
const view = (over: Partial<StoreView>): StoreView => ({
  state: reachable(), epoch: 'e', rev: 1, stale: false, asOf: 0,
  connection: { phase: 'live', attempt: 0, nextRetryAt: null }, ...over,
});

describe('connectionLabel', () => {
  const now = 1_800_000_000_000;

  it('says live, or that the engine is unreachable behind a live relay', () => {
    assert.equal(connectionLabel(view({}), now).kind, 'live');
    const down = connectionLabel(view({ state: emptyEngineState() }), now);
    assert.equal(down.kind, 'engine-unreachable');
    assert.equal(down.detail, 'not connected yet');
  });

  it('counts attempts and seconds to the next try', () => {
    const label = connectionLabel(view({ stale: true, asOf: now - 60_000, connection: { phase: 'reconnecting', attempt: 3, nextRetryAt: now + 2_100 } }), now);
    assert.equal(label.kind, 'reconnecting');
    assert.include(label.detail, 'attempt 3, next try in 3 s');
    assert.include(label.detail, `data as of ${hoursMinutes(now - 60_000)}`);
  });

  it('shows how old offline data is', () => {
    const label = connectionLabel(view({ stale: true, asOf: now - 5 * 60_000, connection: { phase: 'offline', attempt: 4, nextRetryAt: null } }), now);
    assert.equal(label.kind, 'offline');
    assert.include(label.detail, '5 minutes ago');
  });
});

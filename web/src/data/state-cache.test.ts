import { assert } from 'chai';
import { createStore, set } from 'idb-keyval';
import { emptyEngineState } from '../../../shared/empty-state.js';
import { idbStateCache } from './state-cache.js';

const database = () => `portlight-test-${Math.random().toString(36).slice(2)}`;
const sample = { epoch: 'e1', rev: 7, asOf: 1234, data: emptyEngineState() };

describe('idbStateCache', () => {
  it('saves and loads the state as a JSON string', async () => {
    const name = database();
    const cache = idbStateCache(name, 'state', 'v1');
    await cache.save(sample);
    assert.deepEqual(await idbStateCache(name, 'state', 'v1').load(), sample);
  });

  it('clears a store written by another schema', async () => {
    const name = database();
    await idbStateCache(name, 'state', 'v1').save(sample);
    assert.isUndefined(await idbStateCache(name, 'state', 'v2').load());
    assert.isUndefined(await idbStateCache(name, 'state', 'v1').load());
  });

  it('ignores a corrupt or foreign entry', async () => {
    const name = database();
    const cache = idbStateCache(name, 'state', 'v1');
    await cache.load();
    await set('state', '{not json', createStore(name, 'state'));
    assert.isUndefined(await idbStateCache(name, 'state', 'v1').load());
    await set('state', JSON.stringify({ epoch: 'e', rev: 1, asOf: 1, data: { containers: [] } }), createStore(name, 'state'));
    assert.isUndefined(await idbStateCache(name, 'state', 'v1').load());
  });
});

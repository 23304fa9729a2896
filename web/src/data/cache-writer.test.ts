import { assert } from 'chai';
import { FakeClock } from '../../../shared/client/fake-clock.js';
import { emptyEngineState } from '../../../shared/empty-state.js';
import { CacheWriter } from './cache-writer.js';
import type { CachedState } from './cached-state.js';

const state = (rev: number): CachedState => ({ epoch: 'e', rev, asOf: 0, data: emptyEngineState() });

describe('CacheWriter', () => {
  it('writes at most once per interval, the latest state', () => {
    const clock = new FakeClock();
    const written: number[] = [];
    const writer = new CacheWriter(async (s) => void written.push(s.rev), clock, 2000);
    writer.offer(() => state(1));
    clock.advance(0);
    writer.offer(() => state(2));
    writer.offer(() => state(3));
    clock.advance(1999);
    assert.deepEqual(written, [1]);
    clock.advance(1);
    assert.deepEqual(written, [1, 3]);
  });

  it('flushes at once when asked', () => {
    const clock = new FakeClock();
    const written: number[] = [];
    const writer = new CacheWriter(async (s) => void written.push(s.rev), clock, 2000);
    writer.offer(() => state(1));
    writer.flush();
    writer.offer(() => state(2));
    writer.flush();
    assert.deepEqual(written, [1, 2]);
    assert.equal(clock.pending, 0);
  });
});

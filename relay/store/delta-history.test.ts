import { expect, it } from 'vitest';
import { DeltaHistory } from './delta-history.js';

const entry = (rev: number, size = 10) => ({ baseRev: rev - 1, rev, text: 'x'.repeat(size) });

it('is bounded by count', () => {
  const history = new DeltaHistory(3, 1_000_000);
  for (let rev = 1; rev <= 10; rev += 1) history.push(entry(rev));
  expect(history.since(7, 10)?.map((e) => e.rev)).toEqual([8, 9, 10]);
  expect(history.since(6, 10)).toBeUndefined();
});

it('is bounded by bytes, but keeps the newest delta even when it alone is too big', () => {
  const history = new DeltaHistory(100, 50);
  for (let rev = 1; rev <= 10; rev += 1) history.push(entry(rev, 20));
  expect(history.since(8, 10)?.map((e) => e.rev)).toEqual([9, 10]);
  expect(history.since(7, 10)).toBeUndefined();
  history.push(entry(11, 500));
  expect(history.since(10, 11)?.map((e) => e.rev)).toEqual([11]);
});

it('answers an up-to-date client with nothing and a future rev with undefined', () => {
  const history = new DeltaHistory();
  history.push(entry(1));
  expect(history.since(1, 1)).toEqual([]);
  expect(history.since(0, 1)?.map((e) => e.rev)).toEqual([1]);
  expect(history.since(2, 1)).toBeUndefined();
});

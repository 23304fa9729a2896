import { expect, it } from 'vitest';
import { Backoff } from './backoff.js';

it('grows delays to a cap, with jitter, and starts over after a reset', () => {
  const backoff = new Backoff({ initialMs: 100, maxMs: 1000, factor: 2, jitter: 0.5, random: () => 1 });
  expect([1, 2, 3, 4, 5, 6].map(() => backoff.next())).toEqual([100, 200, 400, 800, 1000, 1000]);
  expect(backoff.attempts).toBe(6);
  backoff.reset();
  expect(backoff.next()).toBe(100);
});

it('jitters within the allowed share of each delay', () => {
  const low = new Backoff({ initialMs: 1000, jitter: 0.5, random: () => 0 });
  expect(low.next()).toBe(500);
  const none = new Backoff({ initialMs: 1000, jitter: 0, random: () => 0 });
  expect(none.next()).toBe(1000);
});

import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Coalescer } from './coalescer.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it('flushes a lone change on the next turn, and a burst at most once per window', () => {
  let flushes = 0;
  const coalescer = new Coalescer(16, () => (flushes += 1), () => Date.now());
  coalescer.schedule();
  coalescer.schedule();
  vi.advanceTimersByTime(0);
  expect(flushes).toBe(1);
  // A burst right after: waits for the window to close.
  for (let i = 0; i < 100; i += 1) coalescer.schedule();
  vi.advanceTimersByTime(15);
  expect(flushes).toBe(1);
  vi.advanceTimersByTime(1);
  expect(flushes).toBe(2);
  // After a quiet spell, no wait again.
  vi.advanceTimersByTime(1000);
  coalescer.schedule();
  vi.advanceTimersByTime(0);
  expect(flushes).toBe(3);
});

it('can be cancelled', () => {
  let flushes = 0;
  const coalescer = new Coalescer(16, () => (flushes += 1), () => Date.now());
  coalescer.schedule();
  coalescer.cancel();
  vi.advanceTimersByTime(100);
  expect(flushes).toBe(0);
});

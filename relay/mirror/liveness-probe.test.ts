import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LivenessProbe } from './liveness-probe.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it('stays quiet while the engine answers', async () => {
  let pings = 0;
  const probe = new LivenessProbe(async () => {
    pings += 1;
  }, 1000);
  let failed = false;
  void probe.failure.then(() => (failed = true));
  await vi.advanceTimersByTimeAsync(5500);
  expect(pings).toBe(5);
  expect(failed).toBe(false);
  probe.stop();
});

it('fails when a ping fails', async () => {
  const probe = new LivenessProbe(() => Promise.reject(new Error('connect ENOENT')), 1000);
  await vi.advanceTimersByTimeAsync(1000);
  expect((await probe.failure).message).toBe('connect ENOENT');
});

it('fails when a ping hangs', async () => {
  const probe = new LivenessProbe(() => new Promise(() => undefined), 1000);
  await vi.advanceTimersByTimeAsync(2001);
  expect((await probe.failure).message).toMatch(/no answer to ping/);
});

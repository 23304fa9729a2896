import { describe, expect, it } from 'vitest';
import { RateCalculator } from './rate-calculator.js';
import type { RawUsage } from './usage-sampler.js';

const GiB = 2 ** 30;

function raw(at: number, partial: Partial<RawUsage> = {}): RawUsage {
  return {
    at, cpuNanos: 0, memoryBytes: GiB / 4, memoryLimitBytes: Infinity, netRxBytes: 0, netTxBytes: 0,
    blockReadBytes: 0, blockWriteBytes: 0, pids: 1, ...partial,
  };
}

describe('RateCalculator', () => {
  it('primes on the first reading, then gives rates per second', () => {
    const rates = new RateCalculator();
    expect(rates.update(new Map([['a', raw(1000)]]), GiB)).toEqual({});
    const usage = rates.update(new Map([['a', raw(3000, { cpuNanos: 3e9, netRxBytes: 2000, blockWriteBytes: 4096 })]]), GiB);
    expect(usage['a']).toMatchObject({
      cpuPercent: 150, memoryLimitBytes: GiB, memoryPercent: 25, netRxBytes: 2000, netRxBytesPerSec: 1000,
      blockWriteBytesPerSec: 2048, netTxBytesPerSec: 0, pids: 1,
    });
  });

  it('keeps a real limit below the host memory and rounds percentages', () => {
    const rates = new RateCalculator();
    rates.update(new Map([['a', raw(0)]]), GiB);
    const usage = rates.update(new Map([['a', raw(1000, { cpuNanos: 123_456_789, memoryBytes: 1000, memoryLimitBytes: 3000 })]]), GiB);
    expect(usage['a']).toMatchObject({ cpuPercent: 12.3, memoryLimitBytes: 3000, memoryPercent: 33.33 });
  });

  it('repeats the last rates for a repeated reading and forgets containers no longer read', () => {
    const rates = new RateCalculator();
    rates.update(new Map([['a', raw(0)]]), GiB);
    const first = rates.update(new Map([['a', raw(1000, { cpuNanos: 5e8 })]]), GiB);
    expect(rates.update(new Map([['a', raw(1000, { cpuNanos: 5e8 })]]), GiB)).toEqual(first);
    expect(rates.update(new Map(), GiB)).toEqual({});
    expect(rates.update(new Map([['a', raw(2000)]]), GiB)).toEqual({});
  });

  it('gives no negative rates when counters restart', () => {
    const rates = new RateCalculator();
    rates.update(new Map([['a', raw(0, { cpuNanos: 9e9, netTxBytes: 500 })]]), GiB);
    expect(rates.update(new Map([['a', raw(1000, { cpuNanos: 1e6 })]]), GiB)['a']).toMatchObject({ cpuPercent: 0, netTxBytesPerSec: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { cdf, percentile, summarize } from './latency-stats.js';

describe('latency stats', () => {
  it('takes nearest-rank percentiles, so each one is an observed sample', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarizes unsorted samples and ignores non-finite ones', () => {
    expect(summarize([3, 1, Number.NaN, 2, 10])).toEqual({ count: 4, p50: 2, p95: 10, p99: 10, max: 10, mean: 4 });
  });

  it('builds a CDF that ends at 1', () => {
    expect(cdf([2, 1])).toEqual([[1, 0.5], [2, 1]]);
  });
});

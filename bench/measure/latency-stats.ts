// Percentiles and summaries of latency samples (nearest-rank, so every reported value was observed).

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** The nearest-rank percentile `p` (0-100) of samples sorted ascending; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** p50/p95/p99/max/mean of the finite samples, rounded to 0.1 ms. */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((sum, x) => sum + x, 0) / sorted.length : Number.NaN;
  return {
    count: sorted.length,
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    max: round1(sorted.at(-1) ?? Number.NaN),
    mean: round1(mean),
  };
}

/** Points of the empirical CDF: (value, fraction of samples ≤ value). */
export function cdf(samples: readonly number[]): Array<[number, number]> {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.map((value, i) => [value, (i + 1) / sorted.length]);
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

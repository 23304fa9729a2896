import { describe, expect, it } from 'vitest';
import type { ContainerUsage } from '../../shared/types.js';
import { UsageHistory } from './usage-history.js';

function row(cpuPercent: number, memoryBytes: number): ContainerUsage {
  return {
    cpuPercent, memoryBytes, memoryLimitBytes: 0, memoryPercent: 0, netRxBytes: 0, netTxBytes: 0, netRxBytesPerSec: 1,
    netTxBytesPerSec: 2, blockReadBytes: 0, blockWriteBytes: 0, blockReadBytesPerSec: 3, blockWriteBytesPerSec: 4, pids: 1,
  };
}

describe('UsageHistory', () => {
  it('keeps the newest points up to its capacity, oldest first', () => {
    const history = new UsageHistory(3);
    for (let tick = 1; tick <= 5; tick++) history.record(tick * 1000, { a: row(tick + 0.1, 123_456_789 + tick) });
    const series = history.series('a');
    expect(series).toMatchObject({
      time: [3000, 4000, 5000],
      cpuPercent: [3.1, 4.1, 5.1],
      netRxBytesPerSec: [1, 1, 1], netTxBytesPerSec: [2, 2, 2], blockReadBytesPerSec: [3, 3, 3], blockWriteBytesPerSec: [4, 4, 4],
    });
    // Float32 storage: memory keeps ~7 significant digits, plenty for a chart.
    series?.memoryBytes.forEach((value, index) => expect(Math.abs(value - (123_456_792 + index))).toBeLessThan(16));
  });

  it('forgets containers that leave the usage', () => {
    const history = new UsageHistory(3);
    history.record(1000, { a: row(1, 1), b: row(2, 2) });
    history.retain(new Set(['b']));
    history.record(2000, { b: row(3, 3) });
    expect(history.ids()).toEqual(['b']);
    expect(history.series('a')).toBeUndefined();
    expect(history.series('b')?.cpuPercent).toEqual([2, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import { rawFromDockerStats } from './docker-stats.js';

describe('rawFromDockerStats', () => {
  it('reads counters the way docker stats does', () => {
    const raw = rawFromDockerStats({
      read: '2026-11-22T14:22:14.084683442Z',
      cpu_stats: { cpu_usage: { total_usage: 27_395_131 } },
      memory_stats: { usage: 10_000, limit: 50_000, stats: { total_inactive_file: 4_000, cache: 9_000 } },
      networks: { eth0: { rx_bytes: 10, tx_bytes: 20 }, eth1: { rx_bytes: 1, tx_bytes: 2 } },
      blkio_stats: { io_service_bytes_recursive: [{ op: 'Read', value: 5 }, { op: 'write', value: 7 }, { op: 'Total', value: 12 }] },
      pids_stats: { current: 3 },
    });
    expect(raw).toEqual({
      at: Date.parse('2026-11-22T14:22:14.084Z') + 0.683442,
      cpuNanos: 27_395_131, memoryBytes: 6_000, memoryLimitBytes: 50_000,
      netRxBytes: 11, netTxBytes: 22, blockReadBytes: 5, blockWriteBytes: 7, pids: 3,
    });
  });

  it('uses v2 inactive_file, and gives nothing for a stopped container', () => {
    expect(rawFromDockerStats({ read: '2026-11-22T14:22:14Z', memory_stats: { usage: 100, stats: { inactive_file: 30 } } })?.memoryBytes).toBe(70);
    expect(rawFromDockerStats({ read: '0001-01-01T00:00:00Z' })).toBeUndefined();
  });
});

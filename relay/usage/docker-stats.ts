// The Docker stats API's answer, turned into the same raw counters the cgroup sampler reads, with the
// same memory rule as `docker stats`: usage minus inactive file cache.
import { workingSetBytes, type RawUsage } from './usage-sampler.js';

/** The fields of `GET /containers/{id}/stats` that usage needs. */
export interface DockerStats {
  read?: string;
  cpu_stats?: { cpu_usage?: { total_usage?: number } };
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }>;
  blkio_stats?: { io_service_bytes_recursive?: Array<{ op?: string; value?: number }> | null };
  pids_stats?: { current?: number };
}

/** Counters from one stats answer; undefined for a container that is not running (zero `read` time). */
export function rawFromDockerStats(stats: DockerStats): RawUsage | undefined {
  const at = stats.read ? preciseTime(stats.read) : NaN;
  if (!Number.isFinite(at) || at <= 0) return undefined;
  const memory = stats.memory_stats ?? {};
  const usage = memory.usage ?? 0;
  // v1 engines report total_inactive_file, v2 engines inactive_file.
  const inactiveFile = memory.stats?.['total_inactive_file'] ?? memory.stats?.['inactive_file'] ?? 0;
  let netRxBytes = 0;
  let netTxBytes = 0;
  for (const network of Object.values(stats.networks ?? {})) {
    netRxBytes += network.rx_bytes ?? 0;
    netTxBytes += network.tx_bytes ?? 0;
  }
  let blockReadBytes = 0;
  let blockWriteBytes = 0;
  for (const entry of stats.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = entry.op?.toLowerCase();
    if (op === 'read') blockReadBytes += entry.value ?? 0;
    else if (op === 'write') blockWriteBytes += entry.value ?? 0;
  }
  return {
    at,
    cpuNanos: stats.cpu_stats?.cpu_usage?.total_usage ?? 0,
    memoryBytes: workingSetBytes(usage, inactiveFile),
    memoryLimitBytes: memory.limit ? memory.limit : Infinity,
    netRxBytes, netTxBytes, blockReadBytes, blockWriteBytes,
    pids: stats.pids_stats?.current ?? 0,
  };
}

/** Epoch milliseconds from an RFC 3339 time with up to nanoseconds (Date.parse drops the sub-millisecond part). */
function preciseTime(text: string): number {
  const match = /\.(\d+)/.exec(text);
  const base = Date.parse(text.replace(/\.\d+/, ''));
  return match?.[1] ? base + Number(`0.${match[1]}`) * 1000 : base;
}

// What every usage sampler does: read the raw, cumulative counters of the given containers. Rates and
// percentages are computed later from two readings (rate-calculator.ts), the same way for both samplers.
import type { UsageSamplerKind } from '../../shared/types.js';

export interface SampleTarget {
  id: string;
  /** Main process id on the host. */
  pid: number;
}

/** One container's counters at one moment. */
export interface RawUsage {
  /** When the counters were read, epoch milliseconds (sub-millisecond precision where known). */
  at: number;
  /** CPU time used since the container started, nanoseconds. */
  cpuNanos: number;
  /** Memory in use, without reclaimable file cache (as `docker stats` shows it). */
  memoryBytes: number;
  /** The cgroup's limit; Infinity when unlimited. */
  memoryLimitBytes: number;
  netRxBytes: number;
  netTxBytes: number;
  blockReadBytes: number;
  blockWriteBytes: number;
  pids: number;
}

export interface UsageSampler {
  readonly kind: UsageSamplerKind;
  /** Counters of the targets it could read; a container that vanished meanwhile is simply left out. */
  sample(targets: readonly SampleTarget[]): Promise<Map<string, RawUsage>>;
  /** Releases what sampling holds open (streams, caches); sampling may start again later. */
  close(): void;
}

/** Memory as `docker stats` counts it: usage minus the inactive file cache (both samplers must agree). */
export function workingSetBytes(usageBytes: number, inactiveFileBytes: number): number {
  return inactiveFileBytes < usageBytes ? usageBytes - inactiveFileBytes : usageBytes;
}

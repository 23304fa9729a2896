// Host usage totals: the sum over running containers, for the overview.
import type { ContainerUsage } from '../../../shared/types.js';

export interface UsageTotals {
  containers: number;
  cpuPercent: number;
  memoryBytes: number;
  netRxBytesPerSec: number;
  netTxBytesPerSec: number;
  blockReadBytesPerSec: number;
  blockWriteBytesPerSec: number;
  pids: number;
}

/** Sums every container's usage; null when there is none (no sampler yet, nothing running). */
export function hostTotals(usage: Record<string, ContainerUsage>): UsageTotals | null {
  const all = Object.values(usage);
  if (all.length === 0) return null;
  const t: UsageTotals = {
    containers: all.length, cpuPercent: 0, memoryBytes: 0, netRxBytesPerSec: 0, netTxBytesPerSec: 0,
    blockReadBytesPerSec: 0, blockWriteBytesPerSec: 0, pids: 0,
  };
  for (const u of all) {
    t.cpuPercent += u.cpuPercent;
    t.memoryBytes += u.memoryBytes;
    t.netRxBytesPerSec += u.netRxBytesPerSec;
    t.netTxBytesPerSec += u.netTxBytesPerSec;
    t.blockReadBytesPerSec += u.blockReadBytesPerSec;
    t.blockWriteBytesPerSec += u.blockWriteBytesPerSec;
    t.pids += u.pids;
  }
  return t;
}

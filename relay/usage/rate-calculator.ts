// Turns two readings of cumulative counters into what a person reads: CPU percent (100 = one full
// core, as `docker stats` counts), bytes per second, and memory against its limit. Numbers are
// rounded to what a dashboard shows, which keeps each tick small and unchanged numbers unchanged.
import type { ContainerUsage } from '../../shared/types.js';
import type { RawUsage } from './usage-sampler.js';

export class RateCalculator {
  private readonly previous = new Map<string, RawUsage>();
  private readonly last = new Map<string, ContainerUsage>();

  /**
   * Usage of each container read twice so far (a container's first reading only primes it).
   * `hostMemoryBytes` caps the limit of containers without one, as `docker stats` does.
   */
  update(readings: ReadonlyMap<string, RawUsage>, hostMemoryBytes: number): Record<string, ContainerUsage> {
    const usage: Record<string, ContainerUsage> = {};
    for (const [id, raw] of readings) {
      const before = this.previous.get(id);
      // The same reading again (a stream that has not ticked yet) keeps the last rates.
      const row = before && raw.at === before.at ? this.last.get(id) : before && usageBetween(before, raw, hostMemoryBytes);
      if (before?.at !== raw.at) this.previous.set(id, raw);
      if (!row) continue;
      this.last.set(id, row);
      usage[id] = row;
    }
    for (const id of this.previous.keys()) {
      if (!readings.has(id)) {
        this.previous.delete(id);
        this.last.delete(id);
      }
    }
    return usage;
  }

  reset(): void {
    this.previous.clear();
    this.last.clear();
  }
}

function usageBetween(before: RawUsage, now: RawUsage, hostMemoryBytes: number): ContainerUsage | undefined {
  const seconds = (now.at - before.at) / 1000;
  if (!(seconds > 0)) return undefined;
  // A counter that went down was reset (the container restarted): no rate for this tick.
  const perSecond = (from: number, to: number): number => Math.round(Math.max(0, to - from) / seconds);
  const limit = hostMemoryBytes > 0 ? Math.min(now.memoryLimitBytes, hostMemoryBytes) : now.memoryLimitBytes;
  const memoryLimitBytes = Number.isFinite(limit) ? limit : 0;
  return {
    cpuPercent: round(Math.max(0, now.cpuNanos - before.cpuNanos) / (seconds * 1e7), 1),
    memoryBytes: now.memoryBytes,
    memoryLimitBytes,
    memoryPercent: memoryLimitBytes > 0 ? round((now.memoryBytes / memoryLimitBytes) * 100, 2) : 0,
    netRxBytes: now.netRxBytes,
    netTxBytes: now.netTxBytes,
    netRxBytesPerSec: perSecond(before.netRxBytes, now.netRxBytes),
    netTxBytesPerSec: perSecond(before.netTxBytes, now.netTxBytes),
    blockReadBytes: now.blockReadBytes,
    blockWriteBytes: now.blockWriteBytes,
    blockReadBytesPerSec: perSecond(before.blockReadBytes, now.blockReadBytes),
    blockWriteBytesPerSec: perSecond(before.blockWriteBytes, now.blockWriteBytes),
    pids: now.pids,
  };
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

// The last minutes of usage per running container, in fixed-size typed-array rings: memory stays
// bounded (about 9 KB per container for 5 minutes) and recording a tick allocates nothing.
import type { ContainerUsage } from '../../shared/types.js';

/** The columns kept: what sparklines and charts draw. */
export const HISTORY_COLUMNS = [
  'cpuPercent', 'memoryBytes', 'netRxBytesPerSec', 'netTxBytesPerSec', 'blockReadBytesPerSec', 'blockWriteBytesPerSec',
] as const satisfies ReadonlyArray<keyof ContainerUsage>;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

/** 5 minutes at 1 Hz. */
export const HISTORY_CAPACITY = 300;

/** One container's points, oldest first: `time` in epoch milliseconds, then one array per column. */
export type HistorySeries = { time: number[] } & Record<HistoryColumn, number[]>;

class Ring {
  readonly times: Float64Array;
  readonly values: Float32Array;
  head = 0;
  length = 0;

  constructor(readonly capacity: number) {
    this.times = new Float64Array(capacity);
    this.values = new Float32Array(capacity * HISTORY_COLUMNS.length);
  }

  push(time: number, usage: ContainerUsage): void {
    this.times[this.head] = time;
    const base = this.head * HISTORY_COLUMNS.length;
    HISTORY_COLUMNS.forEach((column, index) => {
      this.values[base + index] = usage[column];
    });
    this.head = (this.head + 1) % this.capacity;
    this.length = Math.min(this.length + 1, this.capacity);
  }

  series(): HistorySeries {
    const series = { time: [] as number[] } as HistorySeries;
    for (const column of HISTORY_COLUMNS) series[column] = [];
    for (let n = 0; n < this.length; n++) {
      const slot = (this.head - this.length + n + this.capacity) % this.capacity;
      series.time.push(this.times[slot] as number);
      HISTORY_COLUMNS.forEach((column, index) => {
        // Float32 keeps ~7 digits: round back to the precision the live rows have.
        const value = this.values[slot * HISTORY_COLUMNS.length + index] as number;
        series[column].push(column === 'cpuPercent' ? Math.round(value * 10) / 10 : Math.round(value));
      });
    }
    return series;
  }
}

export class UsageHistory {
  private readonly rings = new Map<string, Ring>();

  constructor(readonly capacity = HISTORY_CAPACITY) {}

  /** Adds one point per container in `usage`. */
  record(time: number, usage: Record<string, ContainerUsage>): void {
    for (const [id, row] of Object.entries(usage)) {
      let ring = this.rings.get(id);
      if (!ring) this.rings.set(id, (ring = new Ring(this.capacity)));
      ring.push(time, row);
    }
  }

  /** Forgets every container not in `ids` (stopped, removed). */
  retain(ids: ReadonlySet<string>): void {
    for (const id of this.rings.keys()) if (!ids.has(id)) this.rings.delete(id);
  }

  ids(): string[] {
    return [...this.rings.keys()];
  }

  series(id: string): HistorySeries | undefined {
    return this.rings.get(id)?.series();
  }

  clear(): void {
    this.rings.clear();
  }
}

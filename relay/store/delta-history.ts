// The last deltas, serialized, so a client that reconnects gets only what it missed.
// Bounded by count and by bytes: a burst of big deltas cannot grow the relay's memory.

export interface HistoryEntry {
  baseRev: number;
  rev: number;
  text: string;
}

export class DeltaHistory {
  private entries: HistoryEntry[] = [];
  private bytes = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 4 * 1024 * 1024,
  ) {}

  push(entry: HistoryEntry): void {
    this.entries.push(entry);
    this.bytes += entry.text.length;
    let drop = 0;
    while (this.entries.length - drop > this.maxEntries || (this.bytes > this.maxBytes && this.entries.length - drop > 1)) {
      this.bytes -= (this.entries[drop] as HistoryEntry).text.length;
      drop += 1;
    }
    if (drop > 0) this.entries = this.entries.slice(drop);
  }

  /** The deltas that take a client from `rev` to the newest, or undefined when they are no longer held. */
  since(rev: number, newestRev: number): HistoryEntry[] | undefined {
    if (rev === newestRev) return [];
    const first = this.entries[0];
    if (!first || rev < first.baseRev || rev > newestRev) return undefined;
    const start = this.entries.findIndex((entry) => entry.baseRev === rev);
    return start < 0 ? undefined : this.entries.slice(start);
  }

  clear(): void {
    this.entries = [];
    this.bytes = 0;
  }
}

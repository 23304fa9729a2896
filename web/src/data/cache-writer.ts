// Writes the latest state at most once per interval; `flush` writes at once (the tab is going away).
import type { Clock, TimerHandle } from '../../../shared/client/ports.js';
import type { CachedState } from './cached-state.js';

export class CacheWriter {
  private pending: (() => CachedState) | undefined;
  private timer: TimerHandle | undefined;
  private lastWriteAt = -Infinity;

  constructor(
    private readonly save: (state: CachedState) => Promise<void>,
    private readonly clock: Clock,
    private readonly minIntervalMs = 2_000,
  ) {}

  /** Offers the state to write; built lazily so skipped offers cost nothing. */
  offer(build: () => CachedState): void {
    this.pending = build;
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastWriteAt + this.minIntervalMs - this.clock.now());
    this.timer = this.clock.setTimeout(() => this.flush(), wait);
  }

  /** Writes what is pending now. */
  flush(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    const build = this.pending;
    this.pending = undefined;
    if (!build) return;
    this.lastWriteAt = this.clock.now();
    void this.save(build());
  }

  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}

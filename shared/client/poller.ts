// Polls `GET /api/state` at an interval, one request at a time, while WebSocket keeps failing.
import type { StateUpdateMessage } from '../protocol.js';
import type { Clock, FetchState, TimerHandle } from './ports.js';

export interface PollerOptions {
  fetchState: FetchState;
  clock: Clock;
  intervalMs: number;
  /** A state arrived. */
  onState(message: StateUpdateMessage): void;
  /** A poll failed (`ok` turned false). */
  onFailure(): void;
}

export class Poller {
  /** Whether the last poll was answered; null before the first answer. */
  ok: boolean | null = null;
  private running = false;
  private inFlight = false;
  /** Bumped per start so that an answer to an earlier run is ignored. */
  private run = 0;
  private timer: TimerHandle | undefined;

  constructor(private readonly options: PollerOptions) {}

  get active(): boolean {
    return this.running;
  }

  /** Polls now, then every interval, until stopped. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.run += 1;
    this.pollNow();
  }

  stop(): void {
    this.running = false;
    this.ok = null;
    this.inFlight = false;
    this.clearTimer();
  }

  /** Polls at once (unless a request is already out). */
  pollNow(): void {
    if (!this.running || this.inFlight) return;
    this.clearTimer();
    this.inFlight = true;
    const run = this.run;
    const settle = (apply: () => void): void => {
      if (run !== this.run || !this.running) return;
      this.inFlight = false;
      apply();
      this.timer ??= this.options.clock.setTimeout(() => {
        this.timer = undefined;
        this.pollNow();
      }, this.options.intervalMs);
    };
    this.options.fetchState().then(
      (message) => settle(() => {
        this.ok = true;
        this.options.onState(message);
      }),
      () => settle(() => {
        this.ok = false;
        this.options.onFailure();
      }),
    );
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

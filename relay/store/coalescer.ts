// Turns a stream of changes into at most one flush per window. The first change after a quiet
// period flushes on the next turn of the event loop (no added latency); changes during a burst
// wait for the window to end, so 500 events become a few dozen deltas, not 500.

export class Coalescer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;

  constructor(
    private readonly windowMs: number,
    private readonly flush: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  schedule(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastFlush + this.windowMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.lastFlush = this.now();
      this.flush();
    }, wait);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

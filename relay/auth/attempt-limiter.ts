// Limits failed sign-in attempts per client address: after `maxFailures` in a window the address is
// refused without its secret even being checked (so guessing costs no CPU either) until the window ends.

export interface AttemptLimiterOptions {
  maxFailures?: number;
  windowMs?: number;
  /** Addresses remembered at once; the oldest is forgotten first. */
  maxTracked?: number;
  now?: () => number;
}

interface Window {
  startedAt: number;
  failures: number;
}

export class AttemptLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly maxTracked: number;
  private readonly now: () => number;

  constructor(options: AttemptLimiterOptions = {}) {
    this.maxFailures = options.maxFailures ?? 10;
    this.windowMs = options.windowMs ?? 60_000;
    this.maxTracked = options.maxTracked ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds until this address may try again; 0 when it may try now. */
  blockedFor(address: string): number {
    const window = this.current(address);
    if (!window || window.failures < this.maxFailures) return 0;
    return window.startedAt + this.windowMs - this.now();
  }

  fail(address: string): void {
    const window = this.current(address) ?? { startedAt: this.now(), failures: 0 };
    window.failures += 1;
    this.windows.delete(address);
    this.windows.set(address, window);
    if (this.windows.size > this.maxTracked) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
  }

  /** Takes back one counted failure: an attempt is counted before it is checked (see Authenticator). */
  forgive(address: string): void {
    const window = this.windows.get(address);
    if (window) window.failures = Math.max(0, window.failures - 1);
  }

  private current(address: string): Window | undefined {
    const window = this.windows.get(address);
    if (window && this.now() - window.startedAt >= this.windowMs) {
      this.windows.delete(address);
      return undefined;
    }
    return window;
  }
}

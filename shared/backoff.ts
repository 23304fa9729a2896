// Capped exponential backoff with jitter. The first retry comes fast (jittered); delays grow to a
// cap; the attempt counter resets only once a link has stayed up a while (the caller decides when).

export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  factor?: number;
  /** 0..1: how much of each delay is random. */
  jitter?: number;
  random?: () => number;
}

export class Backoff {
  private attempt = 0;
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly factor: number;
  private readonly jitter: number;
  private readonly random: () => number;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = options.initialMs ?? 250;
    this.maxMs = options.maxMs ?? 5000;
    this.factor = options.factor ?? 2;
    this.jitter = options.jitter ?? 0.5;
    this.random = options.random ?? Math.random;
  }

  /** How many retries have been scheduled since the last reset. */
  get attempts(): number {
    return this.attempt;
  }

  /** The delay before the next attempt, in milliseconds. */
  next(): number {
    const base = Math.min(this.maxMs, this.initialMs * this.factor ** this.attempt);
    this.attempt += 1;
    return Math.round(base * (1 - this.jitter + this.jitter * this.random()));
  }

  reset(): void {
    this.attempt = 0;
  }
}

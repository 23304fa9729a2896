// Pings the engine at an interval while the mirror follows it; `failure` resolves with the reason
// once a ping fails or takes longer than the interval.

export class LivenessProbe {
  readonly failure: Promise<Error>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private answerDeadline: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly ping: () => Promise<void>, private readonly intervalMs: number) {
    this.failure = new Promise((resolve) => this.schedule(resolve));
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.answerDeadline);
  }

  private schedule(fail: (error: Error) => void): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      let answered = false;
      const timeout = (this.answerDeadline = setTimeout(() => {
        if (!answered && !this.stopped) fail(new Error(`no answer to ping within ${this.intervalMs} ms`));
      }, this.intervalMs));
      this.ping().then(
        () => {
          answered = true;
          clearTimeout(timeout);
          this.schedule(fail);
        },
        (error: unknown) => {
          answered = true;
          clearTimeout(timeout);
          if (!this.stopped) fail(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }, this.intervalMs);
  }
}

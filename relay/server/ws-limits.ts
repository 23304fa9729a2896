// Per-connection limits on what a client may send. A client only ever needs to send a small ping
// now and then; anything far beyond that is a bug or an attack and costs only its own connection.

/** Frames larger than this are refused by ws itself with close code 1009. */
export const MAX_MESSAGE_BYTES = 4 * 1024;
/** WebSocket clients at once; more get 503 before the handshake. */
export const MAX_CLIENTS = 500;

/** A token bucket: `burst` messages at once, refilled at `perSecond`. */
export class MessageRate {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond = 20,
    private readonly burst = 50,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes one token; false when the client is flooding. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

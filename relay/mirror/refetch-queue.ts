// The informer's work queue: each stale thing is fetched once however many events named it, a few
// at a time. Something made stale again while its fetch is in flight is fetched once more afterwards,
// so a slow answer can never overwrite a newer truth.
import { refKey, type EntityRef } from './entity-ref.js';

export class RefetchQueue {
  private readonly waiting = new Map<string, EntityRef>();
  private readonly inFlight = new Set<string>();
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly fetch: (ref: EntityRef) => Promise<void>,
    private readonly concurrency = 16,
    private readonly onError: (ref: EntityRef, error: unknown) => void = () => undefined,
  ) {}

  add(ref: EntityRef): void {
    this.waiting.set(refKey(ref), ref);
    this.pump();
  }

  /** Forgets what is waiting (the engine went away; a re-list will follow). */
  clear(): void {
    this.waiting.clear();
    this.settleIfIdle();
  }

  /** Resolves once nothing is waiting or in flight. */
  idle(): Promise<void> {
    if (this.waiting.size === 0 && this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    for (const [key, ref] of this.waiting) {
      if (this.inFlight.size >= this.concurrency) return;
      if (this.inFlight.has(key)) continue;
      this.waiting.delete(key);
      this.inFlight.add(key);
      this.fetch(ref)
        .catch((error: unknown) => this.onError(ref, error))
        .finally(() => {
          this.inFlight.delete(key);
          this.pump();
          this.settleIfIdle();
        });
    }
  }

  private settleIfIdle(): void {
    if (this.waiting.size > 0 || this.inFlight.size > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

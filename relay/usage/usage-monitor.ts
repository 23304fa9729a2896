// Samples usage once a second while at least one client is connected, and commits each tick as one
// compact usage revision. With no clients it stops shortly after (a reload does not restart it) and
// clears the rows, so nobody is ever shown stale numbers.
import type { Logger } from '../log.js';
import type { StateStore } from '../store/state-store.js';
import { hasUsage } from '../store/usage-rows.js';
import { RateCalculator } from './rate-calculator.js';
import { chooseSampler, type SamplerCandidates, type UsageSamplerChoice } from './sampler-choice.js';
import { UsageHistory } from './usage-history.js';
import type { SampleTarget, UsageSampler } from './usage-sampler.js';

export interface ClientCounter {
  onClientCount(listener: (count: number) => void): () => void;
}

export interface UsageMonitorOptions {
  store: StateStore;
  clients: ClientCounter;
  choice: UsageSamplerChoice;
  candidates: SamplerCandidates;
  log: Logger;
  history?: UsageHistory;
  intervalMs?: number;
  /** How long sampling goes on after the last client left. */
  idleStopMs?: number;
}

export class UsageMonitor {
  readonly history: UsageHistory;
  private sampler: UsageSampler | undefined;
  private readonly rates = new RateCalculator();
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private busy = false;
  private ticks = 0;
  private readonly unsubscribe: () => void;

  constructor(private readonly options: UsageMonitorOptions) {
    this.history = options.history ?? new UsageHistory();
    this.unsubscribe = options.clients.onClientCount((count) => this.onClientCount(count));
  }

  get sampling(): boolean {
    return this.timer !== undefined;
  }

  /** Ticks that read the containers since the relay started (for tests and benchmarks). */
  get samples(): number {
    return this.ticks;
  }

  close(): void {
    this.unsubscribe();
    this.stop();
  }

  private onClientCount(count: number): void {
    if (count > 0) {
      clearTimeout(this.stopTimer);
      this.stopTimer = undefined;
      this.start();
    } else if (this.sampling && this.stopTimer === undefined) {
      this.stopTimer = setTimeout(() => this.stop(), this.options.idleStopMs ?? 3000);
    }
  }

  private start(): void {
    if (this.timer) return;
    this.options.log.debug('usage sampling starts');
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs ?? 1000);
    // Read at once: rates need two readings, so the first rows arrive one interval after a client connects.
    void this.tick();
  }

  private stop(): void {
    clearTimeout(this.stopTimer);
    this.stopTimer = undefined;
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.sampler?.close();
    this.rates.reset();
    this.options.store.commitUsage({});
    this.options.log.debug('usage sampling stops: no clients');
  }

  private async tick(): Promise<void> {
    // A slow sampler skips ticks rather than piling them up.
    if (this.busy) return;
    this.busy = true;
    try {
      const { store } = this.options;
      const targets = targetsOf(store);
      this.sampler ??= this.choose(targets);
      if (!this.sampler) return;
      // The stats API of an engine that is away would only refuse one request per container per tick;
      // its numbers are unknown meanwhile, not frozen.
      if (this.sampler.kind === 'docker-api' && !store.state.engine.reachable) {
        this.rates.reset();
        store.commitUsage({});
        return;
      }
      const readings = await this.sampler.sample(targets);
      if (!this.timer) return;
      this.ticks += 1;
      store.commitUsage(this.rates.update(readings, store.state.engine.memoryBytes));
      this.history.retain(new Set(targets.map((target) => target.id)));
      this.history.record(Date.now(), store.state.usage);
    } catch (error) {
      this.options.log.warn('usage sampling failed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.busy = false;
      // Stopped while this sample was reading: it may have opened files again, so close once more.
      if (!this.timer) this.sampler?.close();
    }
  }

  private choose(targets: readonly SampleTarget[]): UsageSampler | undefined {
    const sampler = chooseSampler(this.options.choice, targets, this.options.candidates, this.options.log);
    if (sampler) this.options.store.updateEngine({ usageSampler: sampler.kind });
    return sampler;
  }
}

function targetsOf(store: StateStore): SampleTarget[] {
  const targets: SampleTarget[] = [];
  for (const container of Object.values(store.state.containers)) {
    if (hasUsage(container) && container.pid !== null) targets.push({ id: container.id, pid: container.pid });
  }
  return targets;
}

// Mirrors one Docker engine into the store the way a Kubernetes informer does: follow the events
// stream, list once, then fetch only what each event made stale. When the engine goes away the state
// says so (keeping the last-known entities), and the mirror reconnects with capped backoff; events
// missed meanwhile are covered by the re-list, so nothing is lost.
import { Backoff } from '../../shared/backoff.js';
import type { Logger } from '../log.js';
import type { StateStore } from '../store/state-store.js';
import type { EngineSource, RoutedEvent } from './engine-source.js';
import { refsForEvent, type EntityRef } from './entity-ref.js';
import { containerImpliedByEvent, predatesShownExit } from './event-implied-state.js';
import { LivenessProbe } from './liveness-probe.js';
import { RefetchQueue } from './refetch-queue.js';

export interface EngineMirrorOptions {
  source: EngineSource;
  store: StateStore;
  log: Logger;
  /** Names the engine in messages, e.g. unix:///var/run/docker.sock. */
  address: string;
  backoff?: Backoff;
  /** How often to ping the engine while following its events. */
  probeIntervalMs?: number;
}

export class EngineMirror {
  private readonly source: EngineSource;
  private readonly store: StateStore;
  private readonly log: Logger;
  private readonly backoff: Backoff;
  private readonly queue: RefetchQueue;
  /** The newest event time seen: where the stream resumes after a loss. */
  private lastEventNano: bigint | undefined;
  /** Events up to here were logged before the stream was lost; the engine replays them on resume. */
  private replayedUpTo: bigint | undefined;
  private stopped = false;
  private wake: (() => void) | undefined;
  private closeStream: (() => void) | undefined;

  constructor(private readonly options: EngineMirrorOptions) {
    this.source = options.source;
    this.store = options.store;
    this.log = options.log;
    this.backoff = options.backoff ?? new Backoff({ initialMs: 250, maxMs: 5000 });
    this.queue = new RefetchQueue((ref) => this.refetch(ref), 16, (ref, error) => {
      this.log.debug('refetch failed', { ref, error: String(error) });
    });
  }

  /** Runs until stop(): connect, sync, follow; on loss, mark unreachable and retry. */
  async run(): Promise<void> {
    while (!this.stopped) {
      const reason = await this.syncAndFollow().catch((error: unknown) => toError(error));
      if (this.stopped) break;
      this.queue.clear();
      const message = `Docker engine at ${this.options.address} is unreachable: ${reason.message}`;
      this.store.updateEngine({ reachable: false, error: message });
      const delay = this.backoff.next();
      this.log.warn('engine unreachable', { address: this.options.address, reason: reason.message, retryInMs: delay });
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, delay);
      });
    }
  }

  stop(): void {
    this.stopped = true;
    this.closeStream?.();
    this.wake?.();
  }

  /** Resolves once every fetch that is due has landed in the store (for tests and benchmarks). */
  settled(): Promise<void> {
    return this.queue.idle();
  }

  private async syncAndFollow(): Promise<Error> {
    // Subscribe before listing, so nothing that happens during the listing is missed.
    this.replayedUpTo = this.lastEventNano;
    const subscription = await this.source.followEvents(this.lastEventNano, (event) => this.onEvent(event));
    this.closeStream = () => subscription.close();
    if (this.stopped) subscription.close();
    const liveness = new LivenessProbe(() => this.source.ping(), this.options.probeIntervalMs ?? 15_000);
    try {
      const started = performance.now();
      const facts = await this.source.facts();
      this.store.updateEngine({ ...facts, reachable: true, error: null });
      await this.relist();
      this.backoff.reset();
      this.log.info('engine synced', {
        address: this.options.address, version: facts.version, ms: Math.round(performance.now() - started),
        ...this.store.state.engine.counts,
      });
      // A hung engine or a silently dropped TCP link never ends the stream: the probe notices.
      return await Promise.race([subscription.ended, liveness.failure]);
    } finally {
      liveness.stop();
      subscription.close();
    }
  }

  /** Fetches everything listed and everything known: what is gone answers 404 and is removed. */
  private async relist(): Promise<void> {
    const [containers, images, volumes, networks] = await Promise.all([
      this.source.containerIds(), this.source.imageIds(), this.source.volumeNames(), this.source.networkIds(),
    ]);
    const state = this.store.state;
    const enqueue = (kind: EntityRef['kind'], listed: string[], known: Record<string, unknown>): void => {
      for (const id of new Set([...listed, ...Object.keys(known)])) this.queue.add({ kind, id } as EntityRef);
    };
    enqueue('container', containers, state.containers);
    enqueue('image', images, state.images);
    enqueue('volume', volumes, state.volumes);
    enqueue('network', networks, state.networks);
    await this.queue.idle();
  }

  private onEvent(event: RoutedEvent): void {
    // The engine does not deliver events in timeNano order, so time never decides whether to refetch:
    // fetching again is idempotent. It only keeps events the engine replays after a reconnect (from
    // `since`, inclusive) out of the log a second time.
    const replayed = this.replayedUpTo !== undefined && event.timeNano <= this.replayedUpTo;
    if (this.lastEventNano === undefined || event.timeNano > this.lastEventNano) this.lastEventNano = event.timeNano;
    if (!replayed) this.store.appendEvent(event.record);
    const implied = containerImpliedByEvent(event.record, this.store.peek('containers', event.record.actorId));
    if (implied) this.store.set('containers', implied.id, implied);
    for (const ref of refsForEvent(event.record)) this.queue.add(ref);
  }

  private async refetch(ref: EntityRef): Promise<void> {
    switch (ref.kind) {
      case 'container': {
        const container = await this.source.inspectContainer(ref.id);
        // An answer started before a `die` must not undo the exit it showed; the die's refetch follows.
        if (predatesShownExit(container, this.store.peek('containers', ref.id))) return;
        // Events name containers by full id; inspect answers by full id too.
        // The store drops the container's usage row with it.
        this.store.set('containers', container?.id ?? ref.id, container);
        return;
      }
      case 'image': {
        const image = await this.source.inspectImage(ref.id);
        if (image) this.store.set('images', image.id, image);
        else if (this.store.peek('images', ref.id)) this.store.set('images', ref.id, undefined);
        return;
      }
      case 'volume':
        this.store.set('volumes', ref.id, await this.source.inspectVolume(ref.id));
        return;
      case 'network': {
        const network = await this.source.inspectNetwork(ref.id);
        this.store.set('networks', network?.id ?? ref.id, network);
        return;
      }
      case 'engine':
        this.store.updateEngine(await this.source.facts());
        return;
    }
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

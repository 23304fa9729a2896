// The web app's one store: shows the cached state first, then keeps it live through the protocol
// client, and writes it back to the cache (throttled). Views get an immutable StoreView per change.
import { PortlightClient, type ClientOptions } from '../../../shared/client/portlight-client.js';
import { CacheWriter } from './cache-writer.js';
import type { CachedState } from './cached-state.js';
import type { StateCache } from './state-cache.js';
import type { StoreView } from './store-view.js';
import { toStoreView } from './to-store-view.js';

export interface StoreOptions extends ClientOptions {
  cache: StateCache;
  cacheWriteIntervalMs?: number;
  /** A cache that has not answered by then is skipped (a stuck IndexedDB must not keep the app offline). */
  cacheLoadTimeoutMs?: number;
}

export class PortlightStore {
  private readonly client: PortlightClient;
  private readonly writer: CacheWriter;
  private readonly listeners = new Set<(view: StoreView) => void>();
  private current: StoreView;
  private started = false;

  constructor(private readonly options: StoreOptions) {
    this.client = new PortlightClient(options);
    this.writer = new CacheWriter((state) => options.cache.save(state), options.clock, options.cacheWriteIntervalMs);
    this.current = toStoreView(this.client.snapshot, options.clock.now());
  }

  get view(): StoreView {
    return this.current;
  }

  /** Calls `listener` with every new view; returns the unsubscribe function. */
  subscribe(listener: (view: StoreView) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows the cached state (if any, marked stale), then connects resuming from it. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const cached = await this.loadCache();
    this.client.subscribe((snapshot) => {
      const previous = this.current;
      this.publish(toStoreView(snapshot, this.options.clock.now()));
      if (this.current.rev !== previous.rev || this.current.epoch !== previous.epoch || this.current.stale !== previous.stale) this.offerToCache();
    });
    if (cached) {
      this.publish({ ...this.current, state: cached.data, epoch: cached.epoch, rev: cached.rev, stale: true, asOf: cached.asOf });
    }
    this.client.start(cached, cached?.asOf ?? null);
  }

  private loadCache(): Promise<CachedState | undefined> {
    const { cache, clock, cacheLoadTimeoutMs = 1_000 } = this.options;
    return new Promise((resolve) => {
      const timer = clock.setTimeout(() => resolve(undefined), cacheLoadTimeoutMs);
      cache.load().then((state) => {
        clock.clearTimeout(timer);
        resolve(state);
      }, () => resolve(undefined));
    });
  }

  stop(): void {
    this.client.stop();
    this.writer.flush();
  }

  /** Something may have changed (network, visibility): check the link now. */
  checkNow(): void {
    this.client.checkNow();
  }

  setNetworkOnline(online: boolean): void {
    this.client.setNetworkOnline(online);
  }

  /** The page may be going away: write the latest state now. */
  persistNow(): void {
    this.offerToCache();
    this.writer.flush();
  }

  private offerToCache(): void {
    const view = this.current;
    const { state, epoch, rev } = view;
    if (!state || epoch === null || rev === null) return;
    const clock = this.options.clock;
    this.writer.offer((): CachedState => ({ epoch, rev, data: state, asOf: view.stale ? view.asOf ?? 0 : clock.now() }));
  }

  private publish(view: StoreView): void {
    this.current = view;
    for (const listener of this.listeners) listener(view);
  }
}

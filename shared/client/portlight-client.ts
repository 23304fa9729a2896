// The protocol client: one WebSocket to the relay, kept alive and in sync. Applies snapshots, deltas
// and usage ticks; on a gap it reconnects resuming from the rev it holds; a silent link is declared
// dead by its own heartbeat; when WebSocket keeps failing it polls `GET /api/state` meanwhile.
import { applyMessage, type VersionedState } from '../apply-message.js';
import { Backoff, type BackoffOptions } from '../backoff.js';
import { streamQuery, type StateMessage, type StateUpdateMessage } from '../protocol.js';
import type { LinkPhase, LinkStatus } from './link-status.js';
import { parseRelayMessage } from './parse-message.js';
import { Poller } from './poller.js';
import type { Clock, FetchState, OpenSocket, SocketHandle, TimerHandle } from './ports.js';

export interface ClientOptions {
  /** The stream's address without a query, e.g. `ws://127.0.0.1:8080/ws`. */
  socketUrl: string;
  openSocket: OpenSocket;
  fetchState: FetchState;
  clock: Clock;
  backoff?: BackoffOptions;
  /** How often a live link sends `{"type":"ping"}`. */
  pingIntervalMs?: number;
  /** A live link that hears nothing for this long is dead. */
  deadAfterMs?: number;
  /** A socket that is not in sync this long after being opened has failed. */
  connectTimeoutMs?: number;
  /** After an immediate check's ping, how long to wait for an answer. */
  probeTimeoutMs?: number;
  /** The backoff resets only once a link has held this long. */
  stableAfterMs?: number;
  /** Failed attempts in a row before polling starts. */
  pollAfterFailures?: number;
  pollIntervalMs?: number;
  /** While polling, WebSocket is retried no more often than this. */
  pollingRetryMs?: number;
}

export interface ClientSnapshot {
  state: VersionedState | undefined;
  status: LinkStatus;
  /** When the held state was last confirmed current by the relay (epoch ms). */
  confirmedAt: number | null;
}

type Link = 'idle' | 'opening' | 'live';
type TimerName = 'retry' | 'ping' | 'deadline' | 'stable';

export class PortlightClient {
  private readonly options: Required<Omit<ClientOptions, 'backoff'>>;
  private readonly backoff: Backoff;
  private readonly listeners = new Set<(snapshot: ClientSnapshot) => void>();
  private state: VersionedState | undefined;
  private confirmedAt: number | null = null;
  private socket: SocketHandle | undefined;
  /** Bumped per socket so events from an abandoned socket are ignored. */
  private generation = 0;
  private link: Link = 'idle';
  private everLive = false;
  private started = false;
  /** After an invalid patch, the held rev cannot be trusted: ask for a snapshot. */
  private resumable = true;
  private resyncsInARow = 0;
  private networkOnline = true;
  private readonly poller: Poller;
  private nextRetryAt: number | null = null;
  private readonly timers = new Map<TimerName, TimerHandle>();

  constructor(options: ClientOptions) {
    this.options = {
      pingIntervalMs: 5_000, deadAfterMs: 12_000, connectTimeoutMs: 5_000, probeTimeoutMs: 3_000,
      stableAfterMs: 10_000, pollAfterFailures: 2, pollIntervalMs: 3_000, pollingRetryMs: 10_000,
      ...options,
    };
    this.backoff = new Backoff(options.backoff);
    this.poller = new Poller({
      fetchState: options.fetchState, clock: options.clock, intervalMs: this.options.pollIntervalMs,
      onState: (message) => this.polled(message),
      onFailure: () => this.emit(),
    });
  }

  /** The current state and link status. */
  get snapshot(): ClientSnapshot {
    return { state: this.state, status: this.status(), confirmedAt: this.confirmedAt };
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: ClientSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connects, resuming from `resume` (e.g. a cached state) when given. */
  start(resume?: VersionedState, confirmedAt: number | null = null): void {
    if (this.started) return;
    this.started = true;
    if (resume && !this.state) {
      this.state = resume;
      this.confirmedAt = confirmedAt;
    }
    this.connect();
  }

  stop(): void {
    this.started = false;
    this.dropSocket();
    for (const name of [...this.timers.keys()]) this.clear(name);
    this.poller.stop();
  }

  /** Something may have changed (network back, tab visible): find out now instead of waiting. */
  checkNow(): void {
    if (!this.started) return;
    if (this.link === 'live') {
      this.send({ type: 'ping' });
      this.armDeadline(this.options.probeTimeoutMs);
      return;
    }
    if (this.link === 'idle') this.connect();
    this.poller.pollNow();
  }

  /** The runtime's own idea of connectivity (`navigator.onLine`); also triggers a check. */
  setNetworkOnline(online: boolean): void {
    this.networkOnline = online;
    this.emit();
    this.checkNow();
  }

  private status(): LinkStatus {
    return { phase: this.phase(), attempt: this.backoff.attempts, nextRetryAt: this.nextRetryAt };
  }

  private phase(): LinkPhase {
    if (this.link === 'live') return 'live';
    if (!this.networkOnline || this.poller.ok === false) return 'offline';
    if (this.poller.ok) return 'polling';
    return this.backoff.attempts > 0 || this.everLive ? 'reconnecting' : 'connecting';
  }

  private connect(): void {
    this.clear('retry');
    this.nextRetryAt = null;
    if (this.socket) return;
    const generation = ++this.generation;
    const resume = this.state && this.resumable ? { epoch: this.state.epoch, rev: this.state.rev } : undefined;
    this.link = 'opening';
    this.armDeadline(this.options.connectTimeoutMs);
    this.emit();
    const current = (handler: () => void): void => {
      if (generation === this.generation) handler();
    };
    let socket: SocketHandle;
    try {
      socket = this.options.openSocket(this.options.socketUrl + streamQuery('delta', resume), {
        // Ask for a pong at once: a socket counts as live only once the relay has answered on it.
        open: () => current(() => this.send({ type: 'ping' })),
        message: (text) => current(() => this.receive(text)),
        close: () => current(() => this.linkLost()),
      });
    } catch {
      this.linkLost();
      return;
    }
    // An adapter may report the close before returning: then this socket is already history.
    if (generation === this.generation && this.link === 'opening') this.socket = socket;
    else socket.close(4000, 'client closing');
  }

  private receive(text: string): void {
    this.confirmedAt = this.options.clock.now();
    if (this.link === 'opening') this.becomeLive();
    else this.armDeadline(this.options.deadAfterMs);
    const message = parseRelayMessage(text);
    if (!message || message.type === 'pong' || message.type === 'error') return;
    this.applyState(message);
  }

  private applyState(message: StateMessage): void {
    const result = applyMessage(this.state, message);
    if (!result.ok) {
      this.resync(result.reason === 'invalid');
      return;
    }
    this.state = result.state;
    this.resumable = true;
    this.resyncsInARow = 0;
    this.emit();
  }

  /** Missed something: reconnect resuming from what we hold (or for a snapshot). */
  private resync(needSnapshot: boolean): void {
    if (needSnapshot) this.resumable = false;
    this.resyncsInARow += 1;
    this.dropSocket();
    // A resync that keeps failing must not spin: after the first, back off like any failure.
    if (this.resyncsInARow === 1) this.connect();
    else this.scheduleRetry();
  }

  private becomeLive(): void {
    this.link = 'live';
    this.everLive = true;
    this.poller.stop();
    this.armDeadline(this.options.deadAfterMs);
    this.schedulePing();
    this.setTimer('stable', this.options.stableAfterMs, () => this.backoff.reset());
    this.emit();
  }

  private linkLost(): void {
    this.dropSocket();
    this.scheduleRetry();
  }

  private dropSocket(): void {
    this.generation += 1;
    const socket = this.socket;
    this.socket = undefined;
    this.link = 'idle';
    for (const name of ['ping', 'deadline', 'stable'] as const) this.clear(name);
    socket?.close(4000, 'client closing');
  }

  private scheduleRetry(): void {
    if (!this.started) return;
    let delay = this.backoff.next();
    if (this.backoff.attempts >= this.options.pollAfterFailures) this.poller.start();
    if (this.poller.active) delay = Math.max(delay, this.options.pollingRetryMs);
    this.nextRetryAt = this.options.clock.now() + delay;
    this.setTimer('retry', delay, () => this.connect());
    this.emit();
  }

  private schedulePing(): void {
    this.setTimer('ping', this.options.pingIntervalMs, () => {
      this.send({ type: 'ping' });
      this.schedulePing();
    });
  }

  /** (Re)arms the one deadline: silence until then means the link is dead. */
  private armDeadline(ms: number): void {
    this.setTimer('deadline', ms, () => this.linkLost());
  }

  private polled(message: StateUpdateMessage): void {
    this.confirmedAt = this.options.clock.now();
    this.applyState(message);
  }

  private send(message: { type: 'ping' }): void {
    try {
      this.socket?.send(JSON.stringify(message));
    } catch {
      // A socket that cannot send is about to close; its close handler takes over.
    }
  }

  private setTimer(name: TimerName, ms: number, callback: () => void): void {
    this.clear(name);
    this.timers.set(name, this.options.clock.setTimeout(() => {
      this.timers.delete(name);
      callback();
    }, ms));
  }

  private clear(name: TimerName): void {
    const handle = this.timers.get(name);
    if (handle === undefined) return;
    this.options.clock.clearTimeout(handle);
    this.timers.delete(name);
  }

  private emit(): void {
    const snapshot = this.snapshot;
    for (const listener of this.listeners) listener(snapshot);
  }
}

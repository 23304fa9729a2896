// A plain WebSocket client that applies every message with the shared reducer and records, for each
// message, when it arrived and how big it was, and for each container whose state changed, when.
import WebSocket from 'ws';
import { applyMessage, type VersionedState } from '../../shared/apply-message.js';
import type { RelayMessage, StreamMode } from '../../shared/protocol.js';

export interface Received {
  /** Epoch ms with fraction, at receipt (the same clock as the engine's timeNano). */
  t: number;
  bytes: number;
  type: RelayMessage['type'];
  rev: number | undefined;
  /** The message itself, kept only by clients that keep texts. */
  text?: string;
}

export interface StateSeen {
  t: number;
  state: string | undefined;
}

/** An engine event as a client received it inside a delta (`add /events/-`). */
export interface EventSeen {
  t: number;
  actorId: string;
  action: string;
  /** The event's own time (epoch ms), as the relay copied it from timeNano. */
  time: number;
}

export const now = (): number => performance.timeOrigin + performance.now();

export class BenchClient {
  private readonly messages: Received[] = [];
  readonly seen = new Map<string, StateSeen[]>();
  private readonly eventsSeen: EventSeen[] = [];
  private state: VersionedState | undefined;
  readonly errors: string[] = [];
  private readonly socket: WebSocket;
  /** Keep every message's text (for estimating compressed sizes). */
  keepText = false;
  /** Messages received but not yet parsed (light clients parse when asked, not on arrival). */
  private readonly unparsed: Array<{ t: number; raw: Buffer }> = [];

  /**
   * A light client (the default) only notes each message's arrival and parses when asked, so many
   * clients in this one process do not delay each other's receipt times by parsing on arrival.
   */
  private constructor(url: string, mode: StreamMode, private readonly light: boolean) {
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws${mode === 'full' ? '?mode=full' : ''}`, { perMessageDeflate: false });
    this.socket.on('message', (raw: Buffer) => {
      this.unparsed.push({ t: now(), raw });
      if (!this.light) this.digest();
    });
  }

  static async connect(url: string, mode: StreamMode = 'delta', light = true): Promise<BenchClient> {
    const client = new BenchClient(url, mode, light);
    await new Promise<void>((resolve, reject) => {
      client.socket.once('error', reject);
      const check = (): void => {
        client.digest();
        if (client.held) resolve();
        else setTimeout(check, 10);
      };
      check();
    });
    return client;
  }

  /** Every message so far: when it arrived, its size, type and rev. */
  get received(): readonly Received[] {
    this.digest();
    return this.messages;
  }

  /** The state as of the last message received. */
  get held(): VersionedState | undefined {
    this.digest();
    return this.state;
  }

  /** When this client received the engine event of `actorId`/`action` at `time` (within 1 ms). */
  eventArrival(actorId: string, action: string, time: number): number | undefined {
    this.digest();
    return this.eventsSeen.find((e) => e.actorId === actorId && e.action === action && Math.abs(e.time - time) < 1)?.t;
  }

  /** When this client first held `id` in `state` after `afterMs`. */
  firstSeen(id: string, state: string, afterMs: number): number | undefined {
    this.digest();
    return this.seen.get(id)?.find((s) => s.t >= afterMs && s.state === state)?.t;
  }

  async waitSeen(id: string, state: string, afterMs: number, timeoutMs = 10_000): Promise<number | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const t = this.firstSeen(id, state, afterMs);
      if (t !== undefined || Date.now() > deadline) return t;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  bytesBetween(from: number, to: number, type?: RelayMessage['type']): number {
    this.digest();
    return this.received.filter((r) => r.t >= from && r.t < to && (!type || r.type === type)).reduce((sum, r) => sum + r.bytes, 0);
  }

  close(): void {
    this.socket.close();
  }

  /** Parses and applies what has arrived, with the arrival times noted then. */
  digest(): void {
    for (const { t, raw } of this.unparsed.splice(0)) this.receive(t, raw);
  }

  private receive(t: number, raw: Buffer): void {
    const message = JSON.parse(raw.toString()) as RelayMessage;
    this.messages.push({ t, bytes: raw.length, type: message.type, rev: 'rev' in message ? message.rev : undefined, ...(this.keepText ? { text: raw.toString() } : {}) });
    if (message.type === 'pong' || message.type === 'error') return;
    const before = this.state?.data.containers;
    const result = applyMessage(this.state, message);
    if (!result.ok) {
      this.errors.push(result.message);
      return;
    }
    this.state = result.state;
    if (message.type === 'engine_state_delta') {
      for (const op of message.patch) {
        if (op.op !== 'add' || op.path !== '/events/-') continue;
        const event = op.value as { actorId: string; action: string; time: number };
        this.eventsSeen.push({ t, actorId: event.actorId, action: event.action, time: event.time });
      }
    }
    const after = result.state.data.containers;
    if (before === after) return;
    // Only containers the message touched: a delta names them in its paths, a snapshot may change any.
    const ids = message.type === 'engine_state_delta'
      ? new Set(message.patch.filter((op) => op.path.startsWith('/containers/')).map((op) => op.path.split('/')[2] ?? ''))
      : new Set([...Object.keys(after), ...Object.keys(before ?? {})]);
    for (const id of ids) {
      const state = after[id]?.state;
      const list = this.seen.get(id) ?? [];
      if (list.at(-1)?.state !== state) list.push({ t, state });
      this.seen.set(id, list);
    }
  }
}

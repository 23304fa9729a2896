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

export const now = (): number => performance.timeOrigin + performance.now();

export class BenchClient {
  readonly received: Received[] = [];
  readonly seen = new Map<string, StateSeen[]>();
  held: VersionedState | undefined;
  readonly errors: string[] = [];
  private readonly socket: WebSocket;
  /** Keep every message's text (for estimating compressed sizes). */
  keepText = false;

  private constructor(url: string, mode: StreamMode) {
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws${mode === 'full' ? '?mode=full' : ''}`, { perMessageDeflate: false });
    this.socket.on('message', (raw: Buffer) => this.receive(raw));
  }

  static async connect(url: string, mode: StreamMode = 'delta'): Promise<BenchClient> {
    const client = new BenchClient(url, mode);
    await new Promise<void>((resolve, reject) => {
      client.socket.once('error', reject);
      const check = (): void => {
        if (client.held) resolve();
        else setTimeout(check, 10);
      };
      check();
    });
    return client;
  }

  /** When this client first held `id` in `state` after `afterMs`. */
  firstSeen(id: string, state: string, afterMs: number): number | undefined {
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
    return this.received.filter((r) => r.t >= from && r.t < to && (!type || r.type === type)).reduce((sum, r) => sum + r.bytes, 0);
  }

  close(): void {
    this.socket.close();
  }

  private receive(raw: Buffer): void {
    const t = now();
    const message = JSON.parse(raw.toString()) as RelayMessage;
    this.received.push({ t, bytes: raw.length, type: message.type, rev: 'rev' in message ? message.rev : undefined, ...(this.keepText ? { text: raw.toString() } : {}) });
    if (message.type === 'pong' || message.type === 'error') return;
    const before = this.held?.data.containers;
    const result = applyMessage(this.held, message);
    if (!result.ok) {
      this.errors.push(result.message);
      return;
    }
    this.held = result.state;
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

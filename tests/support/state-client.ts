// A WebSocket client for tests that applies every message with a standard JSON Patch library
// (fast-json-patch), independent of our own reducer, so the protocol is checked from outside.
import fastJsonPatch from 'fast-json-patch';
import WebSocket from 'ws';
import type { Operation } from 'fast-json-patch';
import type { RelayMessage } from '../../shared/protocol.js';
import type { EngineState } from '../../shared/types.js';
import { decodeUsageRows } from '../../shared/usage-codec.js';

export class StateClient {
  readonly messages: RelayMessage[] = [];
  epoch: string | undefined;
  rev: number | undefined;
  data: EngineState | undefined;
  /** Problems seen: a delta that did not follow, a patch that failed. */
  readonly errors: string[] = [];
  closeCode: number | undefined;
  private readonly socket: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;

  constructor(url: string, query = '') {
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws${query}`);
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.closed = new Promise((resolve) => this.socket.once('close', (code) => {
      this.closeCode = code;
      resolve(code);
    }));
    this.socket.on('message', (raw) => this.receive(JSON.parse(raw.toString()) as RelayMessage));
  }

  send(text: string): void {
    this.socket.send(text);
  }

  close(): Promise<number> {
    this.socket.close();
    return this.closed;
  }

  private receive(message: RelayMessage): void {
    this.messages.push(message);
    if (message.type === 'engine_state_update') {
      this.epoch = message.epoch;
      this.rev = message.rev;
      this.data = structuredClone(message.data);
      return;
    }
    if (message.type !== 'engine_state_delta' && message.type !== 'engine_usage_delta') return;
    if (!this.data || message.epoch !== this.epoch || message.baseRev !== this.rev) {
      this.errors.push(`delta ${message.baseRev}→${message.rev} does not follow rev ${this.rev}`);
      return;
    }
    try {
      if (message.type === 'engine_state_delta') {
        this.data = fastJsonPatch.applyPatch(this.data, message.patch as Operation[], true, true).newDocument;
      } else {
        this.data = { ...this.data, usage: decodeUsageRows(message) };
      }
      this.rev = message.rev;
    } catch (error) {
      this.errors.push(`patch ${message.baseRev}→${message.rev} failed: ${String(error)}`);
    }
  }
}

/** Resolves once the socket has opened and received its first message. */
export async function connectClient(url: string, query = ''): Promise<StateClient> {
  const client = new StateClient(url, query);
  await client.opened;
  const deadline = Date.now() + 10_000;
  while (client.messages.length === 0) {
    if (Date.now() > deadline) throw new Error('no first message within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return client;
}

/** Tries a WebSocket upgrade and returns the HTTP status and body it was refused with (101 if accepted). */
export function upgradeAttempt(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), { headers });
    socket.once('open', () => {
      socket.close();
      resolve({ status: 101, body: '' });
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', (error) => reject(error));
  });
}

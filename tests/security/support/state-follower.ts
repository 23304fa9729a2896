// A client that holds the state the way the PWA does: snapshot, then deltas through the shared
// reducer; it records how its socket ended, and can resume from where it stopped.
import WebSocket, { type ClientOptions } from 'ws';
import { applyMessage, type VersionedState } from '../../../shared/apply-message.js';
import type { StateMessage } from '../../../shared/protocol.js';

export class StateFollower {
  held: VersionedState | undefined;
  ws: WebSocket | undefined;
  closeCode: number | undefined;
  problems: string[] = [];
  received = 0;

  constructor(private readonly baseUrl: string, private readonly query = '', private readonly options: ClientOptions = {}) {}

  /** Connects (resuming from the held state, if any) and resolves once open. */
  connect(): Promise<void> {
    const resume = this.held ? `epoch=${this.held.epoch}&rev=${this.held.rev}` : '';
    const query = [this.query, resume].filter((part) => part !== '').join('&');
    const ws = new WebSocket(`${this.baseUrl}/ws${query ? `?${query}` : ''}`, this.options);
    this.ws = ws;
    this.closeCode = undefined;
    ws.on('message', (data) => this.onMessage(data.toString()));
    ws.once('close', (code) => (this.closeCode = code));
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
  }

  private onMessage(text: string): void {
    this.received += 1;
    const message = JSON.parse(text) as { type: string };
    if (message.type === 'pong' || message.type === 'error') return;
    const result = applyMessage(this.held, message as StateMessage);
    if (result.ok) this.held = result.state;
    else this.problems.push(result.message);
  }
}

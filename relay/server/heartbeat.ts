// The relay pings every socket at a steady interval; a socket that has not answered the previous
// ping by the next one is dead (a phone that lost signal never sends a close) and is cut off.
import type { WebSocket } from 'ws';
import { CloseCode } from '../hub/client-link.js';

export class Heartbeat {
  private readonly alive = new Map<WebSocket, boolean>();
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(intervalMs: number) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    this.timer.unref();
  }

  track(socket: WebSocket): void {
    this.alive.set(socket, true);
    socket.on('pong', () => this.alive.set(socket, true));
    socket.once('close', () => this.alive.delete(socket));
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private beat(): void {
    for (const [socket, answered] of this.alive) {
      if (!answered) {
        this.alive.delete(socket);
        socket.close(CloseCode.heartbeatTimeout, 'no answer to ping');
        // A half-open socket never completes the closing handshake.
        setTimeout(() => socket.terminate(), 1000).unref();
        continue;
      }
      this.alive.set(socket, false);
      socket.ping();
    }
  }
}

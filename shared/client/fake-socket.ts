// Sockets for tests of the client's logic: the test plays the relay.
import type { OpenSocket, SocketHandle, SocketHandlers } from './ports.js';

export class FakeSocket implements SocketHandle {
  readonly sent: string[] = [];
  closedByClient = false;

  constructor(readonly url: string, private readonly handlers: SocketHandlers) {}

  send(text: string): void {
    this.sent.push(text);
  }

  close(): void {
    this.closedByClient = true;
  }

  /** The relay accepts the connection. */
  open(): void {
    this.handlers.open();
  }

  /** The relay sends a message. */
  receive(message: unknown): void {
    this.handlers.message(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The connection ends (refused, dropped or closed by the relay). */
  drop(code = 1006): void {
    this.handlers.close(code, '');
  }
}

/** An `OpenSocket` that records every socket it makes. */
export function fakeSockets(): { open: OpenSocket; sockets: FakeSocket[]; last(): FakeSocket } {
  const sockets: FakeSocket[] = [];
  return {
    sockets,
    open: (url, handlers) => {
      const socket = new FakeSocket(url, handlers);
      sockets.push(socket);
      return socket;
    },
    last: () => {
      const socket = sockets[sockets.length - 1];
      if (!socket) throw new Error('no socket was opened');
      return socket;
    },
  };
}

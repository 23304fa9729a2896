// What the protocol client needs from its runtime, injected so that browsers, Node and tests with
// fake clocks all plug in the same way. Nothing here imports the DOM or Node.
import type { StateUpdateMessage } from '../protocol.js';

/** What the client hears from one socket; the adapter calls these. */
export interface SocketHandlers {
  open(): void;
  message(text: string): void;
  /** Called once, also after a failed connect (an `error` is always followed by `close`). */
  close(code: number, reason: string): void;
}

/** One open (or opening) socket. */
export interface SocketHandle {
  send(text: string): void;
  close(code?: number, reason?: string): void;
}

/** Opens a WebSocket to `url` and reports to `handlers`. */
export type OpenSocket = (url: string, handlers: SocketHandlers) => SocketHandle;

/** Fetches `GET /api/state`; rejects when nothing (valid) answers. */
export type FetchState = () => Promise<StateUpdateMessage>;

export type TimerHandle = unknown;

/** Time, injectable so tests can drive it. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The runtime's own clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};

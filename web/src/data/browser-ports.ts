// The browser's WebSocket and fetch, plugged into the protocol client's ports.
import type { FetchState, OpenSocket } from '../../../shared/client/ports.js';
import type { StateUpdateMessage } from '../../../shared/protocol.js';

/** Opens a real WebSocket; text frames only, as the relay sends. */
export const openBrowserSocket: OpenSocket = (url, handlers) => {
  const socket = new WebSocket(url);
  socket.onopen = () => handlers.open();
  socket.onmessage = (event) => {
    if (typeof event.data === 'string') handlers.message(event.data);
  };
  socket.onclose = (event) => handlers.close(event.code, event.reason);
  return {
    send: (text) => socket.send(text),
    close: (code, reason) => {
      // Detach first: the client has moved on and must not hear this socket again.
      socket.onopen = socket.onmessage = socket.onclose = null;
      socket.close(code, reason);
    },
  };
};

/**
 * Polls `GET /api/state` with a timeout, so a hung request counts as a failure. A 401 (the relay wants
 * a sign-in; a refused WebSocket upgrade looks like any failure, so this is where it shows) calls
 * `onSignInRequired`.
 */
export function fetchStateFrom(url: string, onSignInRequired: () => void, timeoutMs = 5_000): FetchState {
  return async () => {
    const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 401) onSignInRequired();
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    const body = (await response.json()) as StateUpdateMessage;
    if (body.type !== 'engine_state_update') throw new Error(`GET ${url} did not return a state`);
    return body;
  };
}

/** The relay's stream address for a page served by the relay. */
export function socketUrlFor(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws`;
}

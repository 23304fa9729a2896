// The store as the browser app uses it: real sockets, fetch, the system clock and IndexedDB.
import { systemClock } from '../../../shared/client/ports.js';
import { fetchStateFrom, openBrowserSocket, socketUrlFor } from './browser-ports.js';
import { PortlightStore } from './portlight-store.js';
import { idbStateCache } from './state-cache.js';

/** A store talking to the relay that served this page. */
export function createBrowserStore(location: Location = window.location): PortlightStore {
  return new PortlightStore({
    socketUrl: socketUrlFor(location),
    openSocket: openBrowserSocket,
    // The relay's own sign-in page; it comes back to / once signed in.
    fetchState: fetchStateFrom(new URL('/api/state', location.href).href, () => location.assign('/login')),
    clock: systemClock,
    cache: idbStateCache(),
  });
}

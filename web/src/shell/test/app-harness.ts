// Mounts <pl-app> on a store whose relay the test plays (fake sockets, memory cache).
import { fakeSockets } from '../../../../shared/client/fake-socket.js';
import { systemClock } from '../../../../shared/client/ports.js';
import type { CachedState } from '../../data/cached-state.js';
import { PortlightStore } from '../../data/portlight-store.js';
import '../../pl-app.js';
import { framesUntil } from './deep.js';

// The virtualizer's ResizeObserver can report a benign "loop completed" error; mocha would fail on it.
window.addEventListener('error', (event) => {
  if (event.message.startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
}, true);

export interface AppHarness {
  app: HTMLElementTagNameMap['pl-app'];
  sockets: ReturnType<typeof fakeSockets>;
  store: PortlightStore;
  remove(): void;
}

/** Starts the app at `path` with an optional cached state, until its first socket opens; restores the URL on `remove`. */
export async function mountApp(path = '/', cached?: CachedState): Promise<AppHarness> {
  const originalUrl = window.location.href;
  window.history.replaceState(null, '', path);
  const sockets = fakeSockets();
  const store = new PortlightStore({
    socketUrl: 'ws://relay.test/ws', openSocket: sockets.open, clock: systemClock,
    fetchState: () => Promise.reject(new Error('no relay in this test')),
    cache: { load: async () => cached, save: async () => undefined },
    // Nothing in these tests may retry behind their back.
    backoff: { initialMs: 60_000, maxMs: 60_000 },
  });
  const app = document.createElement('pl-app');
  app.store = store;
  document.body.append(app);
  await framesUntil(() => sockets.sockets.length > 0, 'the first socket');
  return {
    app, sockets, store,
    remove: () => {
      app.remove();
      store.stop();
      window.history.replaceState(null, '', originalUrl);
    },
  };
}

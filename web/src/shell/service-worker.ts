// Registers the service worker (built by vite-plugin-pwa) with workbox-window; a new version waits
// until the user chooses to reload, so a page never changes under their hands.
import { Workbox } from 'workbox-window';

/** Registers `/sw.js`; `onUpdate` gets a function that activates the waiting version and reloads. */
export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    onUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  // No service worker (dev server, insecure origin) only means no offline shell.
  workbox.register().catch(() => undefined);
}

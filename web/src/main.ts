// The page's entry: the app shell, then the service worker (offline shell, update prompt).
import './pl-app.js';
import { registerServiceWorker } from './shell/service-worker.js';

registerServiceWorker((apply) => {
  const app = document.querySelector('pl-app');
  if (app) app.updateReady = apply;
});

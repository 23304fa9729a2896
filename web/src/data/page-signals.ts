// The page's own hints about connectivity: online/offline and visibility. Returns the cleanup.
import type { PortlightStore } from './portlight-store.js';

type SignalTarget = Pick<PortlightStore, 'setNetworkOnline' | 'checkNow' | 'persistNow'>;

/** Wires `online`, `offline`, `visibilitychange` and `pagehide` to the store. */
export function watchPageSignals(store: SignalTarget, target: Window = window): () => void {
  const online = (): void => store.setNetworkOnline(true);
  const offline = (): void => store.setNetworkOnline(false);
  const visibility = (): void => {
    if (target.document.visibilityState === 'hidden') store.persistNow();
    else store.checkNow();
  };
  const pagehide = (): void => store.persistNow();
  target.addEventListener('online', online);
  target.addEventListener('offline', offline);
  target.document.addEventListener('visibilitychange', visibility);
  target.addEventListener('pagehide', pagehide);
  if (!target.navigator.onLine) store.setNetworkOnline(false);
  return () => {
    target.removeEventListener('online', online);
    target.removeEventListener('offline', offline);
    target.document.removeEventListener('visibilitychange', visibility);
    target.removeEventListener('pagehide', pagehide);
  };
}

// The client's snapshot in the shape views read (store-view.ts).
import type { ClientSnapshot } from '../../../shared/client/portlight-client.js';
import type { StoreView } from './store-view.js';

/** Builds the immutable view of one moment; `now` stamps a state confirmed current. */
export function toStoreView(snapshot: ClientSnapshot, now: number): StoreView {
  const { state, status, confirmedAt } = snapshot;
  const current = status.phase === 'live' || status.phase === 'polling';
  return {
    state: state?.data ?? null,
    epoch: state?.epoch ?? null,
    rev: state?.rev ?? null,
    stale: !current,
    asOf: current ? now : confirmedAt,
    connection: { phase: status.phase, attempt: status.attempt, nextRetryAt: status.nextRetryAt },
  };
}

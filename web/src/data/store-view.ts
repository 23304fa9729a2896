// The contract between the data layer and the views: one immutable StoreView, provided by <pl-app>
// through @lit/context and replaced on every change. Views read it; none fetches on its own.
import { createContext } from '@lit/context';
import type { EngineState } from '../../../shared/types.js';

export type ConnectionPhase =
  /** First connection attempt in progress. */
  | 'connecting'
  /** WebSocket open and in sync. */
  | 'live'
  /** Link lost; retrying with backoff. */
  | 'reconnecting'
  /** WebSocket keeps failing; `GET /api/state` is polled instead (WebSocket still retried now and then). */
  | 'polling'
  /** The browser says it is offline, or nothing answers: showing the last-known state. */
  | 'offline';

export interface ConnectionStatus {
  phase: ConnectionPhase;
  /** Reconnect attempt number (0 while live). */
  attempt: number;
  /** When the next attempt is due (epoch ms), while reconnecting. */
  nextRetryAt: number | null;
}

export interface StoreView {
  /** Null only before anything is known (no cache, no answer yet). */
  state: EngineState | null;
  epoch: string | null;
  rev: number | null;
  /** True while the state shown is not confirmed live by the relay (cached or link lost). */
  stale: boolean;
  /** When the state shown was last known current (epoch ms). */
  asOf: number | null;
  connection: ConnectionStatus;
}

export const storeViewContext = createContext<StoreView>(Symbol('portlight-store-view'));

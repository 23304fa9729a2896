// How the link to the relay is doing, in the terms a status indicator shows.

export type LinkPhase =
  /** First connection attempt in progress. */
  | 'connecting'
  /** WebSocket open and in sync. */
  | 'live'
  /** Link lost; retrying with backoff. */
  | 'reconnecting'
  /** WebSocket keeps failing; `GET /api/state` answers instead. */
  | 'polling'
  /** The runtime says it is offline, or nothing answers. */
  | 'offline';

export interface LinkStatus {
  phase: LinkPhase;
  /** Retries scheduled since the link last held (0 while live and stable). */
  attempt: number;
  /** When the next WebSocket attempt is due (epoch ms), or null when none is scheduled. */
  nextRetryAt: number | null;
}

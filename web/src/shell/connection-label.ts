// What the connection indicator says, derived from the store view alone (pure, so it is easy to test).
import type { StoreView } from '../data/store-view.js';
import { timeAgo } from '../format/duration.js';

export type IndicatorKind = 'live' | 'connecting' | 'reconnecting' | 'polling' | 'offline' | 'engine-unreachable';

export interface ConnectionLabel {
  kind: IndicatorKind;
  /** A word or two, always visible. */
  label: string;
  /** The rest: when the data is from, when the next try is. */
  detail: string;
}

/** Local HH:MM. */
export function hoursMinutes(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Describes the link and the age of what is shown. */
export function connectionLabel(view: StoreView, now: number): ConnectionLabel {
  const { connection, state, asOf } = view;
  const dataAge = view.stale && state && asOf !== null ? `data as of ${hoursMinutes(asOf)} (${timeAgo(asOf, now)})` : '';
  const current = connection.phase === 'live' || connection.phase === 'polling';
  if (current && state && !state.engine.reachable) {
    return { kind: 'engine-unreachable', label: 'Engine unreachable', detail: state.engine.error ?? 'the relay cannot reach Docker' };
  }
  switch (connection.phase) {
    case 'live':
      return { kind: 'live', label: 'Live', detail: '' };
    case 'connecting':
      return { kind: 'connecting', label: 'Connecting…', detail: dataAge };
    case 'polling':
      return { kind: 'polling', label: 'Polling', detail: 'WebSocket unavailable; refreshing every few seconds' };
    case 'offline':
      return { kind: 'offline', label: 'Offline', detail: dataAge ? `showing ${dataAge}` : 'no data yet' };
    case 'reconnecting': {
      const wait = connection.nextRetryAt === null ? 'trying now' : `next try in ${Math.max(0, Math.ceil((connection.nextRetryAt - now) / 1000))} s`;
      const attempt = connection.attempt > 0 ? `attempt ${connection.attempt}, ` : '';
      return { kind: 'reconnecting', label: 'Reconnecting', detail: [`${attempt}${wait}`, dataAge].filter(Boolean).join(' · ') };
    }
  }
}

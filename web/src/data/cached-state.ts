// The last-known state as kept between visits, and the check that a stored one is usable.
import type { VersionedState } from '../../../shared/apply-message.js';
import type { EngineState } from '../../../shared/types.js';

export interface CachedState extends VersionedState {
  /** When the state was last confirmed current (epoch ms). */
  asOf: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isEngineState(value: unknown): value is EngineState {
  if (!isRecord(value) || !isRecord(value['engine']) || !Array.isArray(value['events'])) return false;
  return ['containers', 'images', 'volumes', 'networks', 'usage'].every((key) => isRecord(value[key]));
}

/** Parses a stored JSON string; anything corrupt or of another shape gives undefined. */
export function parseCachedState(text: unknown): CachedState | undefined {
  if (typeof text !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const { epoch, rev, asOf, data } = value;
  if (typeof epoch !== 'string' || !Number.isInteger(rev) || typeof asOf !== 'number' || !isEngineState(data)) return undefined;
  return { epoch, rev: rev as number, asOf, data };
}

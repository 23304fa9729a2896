// Turns a text frame into a relay message, or undefined when it is not one we know.
import type { RelayMessage } from '../protocol.js';

const KNOWN = new Set(['engine_state_update', 'engine_state_delta', 'engine_usage_delta', 'pong', 'error']);

/** Parses one frame from the relay; unknown or malformed frames give undefined. */
export function parseRelayMessage(text: string): RelayMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && KNOWN.has(type) ? (value as RelayMessage) : undefined;
}

// An events-stream line, parsed. timeNano is read from the raw text: as a JSON number it is larger
// than 2^53 and would lose its last digits.
import type { RoutedEvent } from '../../mirror/engine-source.js';

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> | null };
  time?: number;
}

// Attributes safe and useful to show; container labels and the like stay out.
const KEPT_ATTRIBUTES = ['image', 'exitCode', 'signal', 'container', 'type', 'driver', 'oldName'];

export function parseEventLine(line: string): RoutedEvent | undefined {
  let raw: RawEvent;
  try {
    raw = JSON.parse(line) as RawEvent;
  } catch {
    return undefined;
  }
  const nano = /"timeNano"\s*:\s*(\d+)/.exec(line)?.[1];
  const timeNano = nano ? BigInt(nano) : BigInt(raw.time ?? 0) * 1_000_000_000n;
  const attributes = raw.Actor?.Attributes ?? {};
  const kept: Record<string, string> = {};
  for (const key of KEPT_ATTRIBUTES) {
    const value = attributes[key];
    if (value !== undefined) kept[key] = value;
  }
  return {
    timeNano,
    record: {
      time: Number(timeNano / 1000n) / 1000,
      type: raw.Type ?? 'unknown',
      action: safeAction(raw.Action ?? ''),
      actorId: raw.Actor?.ID ?? '',
      name: attributes['name'] ?? null,
      attributes: kept,
    },
  };
}

/** `exec_start: sh -c 'PASSWORD=…'` carries a command line: keep only the action's name. */
function safeAction(action: string): string {
  return action.startsWith('health_status') ? action : (action.split(':')[0] ?? '').trim();
}

// Recent CPU and memory per container, recorded by <pl-app> from every state it hands the views, for sparklines.
// Derived data only: it grows from successive states and never fetches.
import type { ContainerUsage } from '../../../shared/types.js';

export interface UsageSeries {
  cpu: readonly number[];
  memory: readonly number[];
}

const EMPTY: UsageSeries = { cpu: [], memory: [] };
/** Five minutes at one tick per second, as the relay's own history keeps. */
export const HISTORY_LENGTH = 300;

let lastSeen: Record<string, ContainerUsage> | undefined;
let series = new Map<string, UsageSeries>();

/** Records a usage map once (same object twice is one tick) and forgets containers that left it. */
export function recordUsage(usage: Record<string, ContainerUsage>): void {
  if (usage === lastSeen) return;
  lastSeen = usage;
  const next = new Map<string, UsageSeries>();
  for (const [id, u] of Object.entries(usage)) {
    const prev = series.get(id) ?? EMPTY;
    // New arrays each tick: a row re-renders because its series changed identity.
    next.set(id, {
      cpu: [...prev.cpu.slice(-(HISTORY_LENGTH - 1)), u.cpuPercent],
      memory: [...prev.memory.slice(-(HISTORY_LENGTH - 1)), u.memoryBytes],
    });
  }
  series = next;
}

/**
 * Starts from history the relay kept (GET /api/usage/history, oldest first), so sparklines are full
 * at once; later ticks append. For the data layer to call after it fetched the history.
 */
export function seedUsageHistory(history: Record<string, { cpu: readonly number[]; memory: readonly number[] }>): void {
  for (const [id, h] of Object.entries(history)) {
    series.set(id, { cpu: h.cpu.slice(-HISTORY_LENGTH), memory: h.memory.slice(-HISTORY_LENGTH) });
  }
}

/** The series of one container (empty when it has no usage). */
export function usageSeries(id: string): UsageSeries {
  return series.get(id) ?? EMPTY;
}

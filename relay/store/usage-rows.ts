// Which containers may have a usage row: those with processes (running or paused). The store keeps
// `usage` a subset of them, so a stopped or removed container drops out in the same revision.
import { pointer, type PatchOperation } from '../../shared/json-patch.js';
import type { ContainerSummary, ContainerUsage, EngineState } from '../../shared/types.js';

export function hasUsage(container: ContainerSummary | undefined): boolean {
  return container !== undefined && (container.state === 'running' || container.state === 'paused');
}

/** Removals for usage rows whose container is gone or no longer running in `next`. */
export function staleUsageOperations(next: EngineState): PatchOperation[] {
  return Object.keys(next.usage)
    .filter((id) => !hasUsage(next.containers[id]))
    .map((id): PatchOperation => ({ op: 'remove', path: pointer('usage', id) }));
}

/** The rows of live containers only (a sample may outlive its container by a moment). */
export function liveUsage(state: EngineState, rows: Record<string, ContainerUsage>): Record<string, ContainerUsage> {
  const live: Record<string, ContainerUsage> = {};
  for (const [id, row] of Object.entries(rows)) if (hasUsage(state.containers[id])) live[id] = row;
  return live;
}

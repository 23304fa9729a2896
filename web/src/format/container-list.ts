// Search, sort and grouping of the container list: pure, so the view only memoises and renders.
import type { ContainerSummary, ContainerUsage } from '../../../shared/types.js';

export type ContainerSort = 'name' | 'state' | 'created' | 'cpu' | 'memory';
export const CONTAINER_SORTS: readonly ContainerSort[] = ['name', 'state', 'created', 'cpu', 'memory'];

/** The label docker compose puts on every container of a project. */
export const COMPOSE_PROJECT = 'com.docker.compose.project';

export type ListItem =
  | { kind: 'group'; key: string; project: string | null; count: number }
  | { kind: 'container'; key: string; container: ContainerSummary };

// Running first: that is what people look for; then the states that need attention.
const STATE_ORDER: Record<ContainerSummary['state'], number> = {
  running: 0, restarting: 1, paused: 2, dead: 3, exited: 4, removing: 5, created: 6,
};

// Natural order (web-2 before web-10); one collator, as localeCompare would build one per call.
const collator = new Intl.Collator(undefined, { numeric: true });

/** Case-insensitive match on name, image, id prefix and compose project. */
export function matchesQuery(c: ContainerSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return c.name.toLowerCase().includes(q)
    || c.image.toLowerCase().includes(q)
    || c.id.startsWith(q)
    || (c.labels[COMPOSE_PROJECT]?.toLowerCase().includes(q) ?? false);
}

/** Sorts a copy; ties fall back to name so the order is stable across deltas. */
export function sortContainers(
  list: readonly ContainerSummary[], sort: ContainerSort, usage: Record<string, ContainerUsage>,
): ContainerSummary[] {
  const byName = (a: ContainerSummary, b: ContainerSummary): number => collator.compare(a.name, b.name);
  const compare: Record<ContainerSort, (a: ContainerSummary, b: ContainerSummary) => number> = {
    name: byName,
    state: (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state],
    created: (a, b) => b.createdAt - a.createdAt,
    // Busiest first; containers without usage (not running) go last.
    cpu: (a, b) => (usage[b.id]?.cpuPercent ?? -1) - (usage[a.id]?.cpuPercent ?? -1),
    memory: (a, b) => (usage[b.id]?.memoryBytes ?? -1) - (usage[a.id]?.memoryBytes ?? -1),
  };
  const primary = compare[sort];
  return [...list].sort((a, b) => primary(a, b) || byName(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Flat rows for a virtual list: with `group`, a header before each compose project (ungrouped last). */
export function listItems(sorted: readonly ContainerSummary[], group: boolean): ListItem[] {
  if (!group) return sorted.map((container) => ({ kind: 'container', key: container.id, container }));
  const groups = new Map<string | null, ContainerSummary[]>();
  for (const c of sorted) {
    const project = c.labels[COMPOSE_PROJECT] ?? null;
    const members = groups.get(project);
    if (members) members.push(c);
    else groups.set(project, [c]);
  }
  const projects = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)));
  const items: ListItem[] = [];
  for (const project of projects) {
    const members = groups.get(project) ?? [];
    items.push({ kind: 'group', key: `group:${project ?? ''}`, project, count: members.length });
    for (const container of members) items.push({ kind: 'container', key: container.id, container });
  }
  return items;
}

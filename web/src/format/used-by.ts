// Which containers use an image, a volume or a network: indexes built in one pass over the containers.
import type { ContainerSummary } from '../../../shared/types.js';

export type UsedBy = Map<string, ContainerSummary[]>;

function index(containers: Record<string, ContainerSummary>, keys: (c: ContainerSummary) => Iterable<string>): UsedBy {
  const byKey: UsedBy = new Map();
  for (const c of Object.values(containers)) {
    for (const key of new Set(keys(c))) {
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return byKey;
}

/** Image id → containers created from it. */
export function containersByImage(containers: Record<string, ContainerSummary>): UsedBy {
  return index(containers, (c) => [c.imageId]);
}

/** Volume name → containers that mount it. */
export function containersByVolume(containers: Record<string, ContainerSummary>): UsedBy {
  return index(containers, (c) => c.mounts.flatMap((m) => (m.name ? [m.name] : [])));
}

/** Network id → containers attached to it. */
export function containersByNetwork(containers: Record<string, ContainerSummary>): UsedBy {
  return index(containers, (c) => c.networks.map((n) => n.networkId));
}

// The benchmark's containers: busybox shells, no network, named so rows sort predictably.
import type Docker from 'dockerode';
import { createContainer, inPool } from '../../tests/support/docker-ops.js';

export const NAME_PREFIX = 'bench-';
/** Wakes once a second, so every usage row changes every tick: the busy case for the usage stream. */
const TICKING = ['sh', '-c', 'while :; do sleep 1; done'];

/** Creates containers `from`..`to-1` (stopped); starts the first `running` of all of them. */
export async function createContainers(docker: Docker, from: number, to: number, running: number): Promise<string[]> {
  const indexes = Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  const ids: string[] = new Array<string>(indexes.length);
  await inPool(indexes, 4, async (n) => {
    const container = await createContainer(docker, `${NAME_PREFIX}${String(n).padStart(4, '0')}`, TICKING);
    if (n < running) await container.start();
    ids[n - from] = container.id;
  });
  return ids;
}

/** Ids of running and stopped bench containers, by name order. */
export async function benchContainers(docker: Docker): Promise<{ running: string[]; stopped: string[] }> {
  const list = await docker.listContainers({ all: true });
  const mine = list.filter((c) => c.Names.some((n) => n.startsWith(`/${NAME_PREFIX}`)))
    .sort((a, b) => (a.Names[0] ?? '').localeCompare(b.Names[0] ?? ''));
  return { running: mine.filter((c) => c.State === 'running').map((c) => c.Id), stopped: mine.filter((c) => c.State !== 'running').map((c) => c.Id) };
}

/** `count` ids from `list` starting at `from`, wrapping around when the list is short. */
export function pick(list: readonly string[], from: number, count: number): string[] {
  if (list.length === 0) return [];
  return Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(from + i) % list.length] as string);
}

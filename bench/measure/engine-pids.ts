// The private engine's processes: dockerd (pid from its pidfile), its descendants (containerd), and the
// containerd shims, which detach to pid 1 but name this engine's exec root on their command line.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { allPids, readCmdline, readStat } from './proc.js';

export function dockerdPid(socketPath: string): number | undefined {
  try {
    return Number(readFileSync(`${dirname(socketPath)}/docker.pid`, 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** dockerd, containerd and the shims of the engine at `socketPath` (not the containers' own processes). */
export function enginePids(socketPath: string): number[] {
  const root = dockerdPid(socketPath);
  if (root === undefined) return [];
  const dir = dirname(socketPath);
  const stats = allPids().map(readStat).filter((s) => s !== undefined);
  const children = new Map<number, number[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
  const comm = new Map(stats.map((s) => [s.pid, s.comm]));
  const found = new Set<number>([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop() as number) ?? []) {
      // Only engine processes: a shim's children are the containers themselves.
      if (!comm.get(child)?.startsWith('containerd')) continue;
      if (found.has(child)) continue;
      found.add(child);
      queue.push(child);
    }
  }
  for (const s of stats) {
    if (s.comm.startsWith('containerd-shim') && readCmdline(s.pid).includes(dir)) found.add(s.pid);
  }
  return [...found];
}

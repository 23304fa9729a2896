// Finds a container's cgroup folders from what the kernel says, not from where Docker usually puts them:
// /proc/<pid>/cgroup names the cgroup in each hierarchy, /proc/self/mountinfo where each hierarchy is
// mounted. That covers v1 and v2, cgroupfs and systemd drivers, and engines with another cgroup parent.
import { join } from 'node:path';

/** Where a container's counters live: one folder per v1 controller, or one v2 folder. */
export type CgroupDirs =
  | { version: 1; cpuacct: string; memory: string; blkio: string; pids: string | undefined }
  | { version: 2; dir: string };

export interface CgroupMount {
  /** v1 controllers of this hierarchy (e.g. cpu, cpuacct); empty for the v2 hierarchy. */
  controllers: string[];
  version: 1 | 2;
  /** The hierarchy's folder that is mounted (usually "/"). */
  root: string;
  mountPoint: string;
}

/** The cgroup mounts listed in a mountinfo file. */
export function parseCgroupMounts(mountinfo: string): CgroupMount[] {
  const mounts: CgroupMount[] = [];
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const fields = left.split(' ');
    const [fsType, , superOptions = ''] = right.split(' ');
    const root = unescapeMount(fields[3] ?? '/');
    const mountPoint = unescapeMount(fields[4] ?? '');
    if (fsType === 'cgroup2') mounts.push({ controllers: [], version: 2, root, mountPoint });
    else if (fsType === 'cgroup') {
      const controllers = superOptions.split(',').filter((option) => !['rw', 'ro'].includes(option) && !option.includes('='));
      mounts.push({ controllers, version: 1, root, mountPoint });
    }
  }
  return mounts;
}

/** The folders of a process's cgroups, given its /proc/<pid>/cgroup text; undefined when not all are mounted. */
export function resolveCgroupDirs(procCgroup: string, mounts: readonly CgroupMount[]): CgroupDirs | undefined {
  const v1 = new Map<string, string>();
  let v2: string | undefined;
  for (const line of procCgroup.split('\n')) {
    const match = /^(\d+):([^:]*):(.*)$/.exec(line.trim());
    if (!match) continue;
    const [, , controllers = '', path = ''] = match;
    if (controllers === '') v2 = path;
    else for (const controller of controllers.split(',')) v1.set(controller, path);
  }
  const v1Dir = (controller: string): string | undefined => {
    const path = v1.get(controller);
    const mount = mounts.find((candidate) => candidate.version === 1 && candidate.controllers.includes(controller));
    return path === undefined || !mount ? undefined : inMount(mount, path);
  };
  // Hybrid hosts mount a v2 hierarchy too; the controllers that count are wherever memory is.
  const memory = v1Dir('memory');
  const cpuacct = v1Dir('cpuacct');
  const blkio = v1Dir('blkio');
  if (memory && cpuacct && blkio) return { version: 1, cpuacct, memory, blkio, pids: v1Dir('pids') };
  const unified = mounts.find((mount) => mount.version === 2);
  return v2 !== undefined && unified ? { version: 2, dir: inMount(unified, v2) } : undefined;
}

function inMount(mount: CgroupMount, path: string): string {
  // A mount of a sub-folder (cgroup namespaces, nested containers) shows paths below its root.
  const relative = mount.root !== '/' && path.startsWith(mount.root) ? path.slice(mount.root.length) : path;
  return join(mount.mountPoint, relative);
}

function unescapeMount(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

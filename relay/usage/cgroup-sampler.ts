// Reads usage straight from the kernel: the container's cgroup files and /proc/<pid>/net/dev. No
// request reaches the engine, so the cost is a few small pread calls per container per tick.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCgroupMounts, resolveCgroupDirs, type CgroupMount } from './cgroup-paths.js';
import { ContainerCounters, FILES_PER_CONTAINER } from './container-counters.js';
import { heldFileBudget } from './held-file.js';
import type { RawUsage, SampleTarget, UsageSampler } from './usage-sampler.js';

/** Containers read between yields to the event loop, so 1,000 containers never stall the relay for long. */
const CHUNK = 100;

export interface CgroupProbe {
  ok: boolean;
  code?: 'CGROUP_UNREADABLE';
  message: string;
}

export class CgroupSampler implements UsageSampler {
  readonly kind = 'cgroup';
  private mounts: CgroupMount[] | undefined;
  private budget: number | undefined;
  private held = 0;
  private readonly counters = new Map<string, { counters: ContainerCounters; holds: boolean }>();

  constructor(private readonly procRoot = '/proc') {}

  /** Whether this relay can read a container's counters (same host, host /proc and cgroups visible). */
  probe(target: SampleTarget): CgroupProbe {
    try {
      this.countersOf(target).read();
      return { ok: true, message: `read the cgroup of container ${target.id.slice(0, 12)}` };
    } catch (error) {
      this.forget(target.id);
      return { ok: false, code: 'CGROUP_UNREADABLE', message: error instanceof Error ? error.message : String(error) };
    }
  }

  async sample(targets: readonly SampleTarget[]): Promise<Map<string, RawUsage>> {
    const wanted = new Set(targets.map((target) => target.id));
    for (const id of this.counters.keys()) if (!wanted.has(id)) this.forget(id);
    const result = new Map<string, RawUsage>();
    for (let start = 0; start < targets.length; start += CHUNK) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const target of targets.slice(start, start + CHUNK)) {
        try {
          result.set(target.id, this.countersOf(target).read());
        } catch {
          // The container stopped between listing and reading; it drops out of this tick.
          this.forget(target.id);
        }
      }
    }
    return result;
  }

  close(): void {
    for (const id of [...this.counters.keys()]) this.forget(id);
    this.mounts = undefined;
  }

  private countersOf(target: SampleTarget): ContainerCounters {
    const known = this.counters.get(target.id);
    if (known?.counters.pid === target.pid) return known.counters;
    if (known) this.forget(target.id);
    this.mounts ??= parseCgroupMounts(readText(join(this.procRoot, 'self/mountinfo')));
    this.budget ??= heldFileBudget(readText(join(this.procRoot, 'self/limits')));
    const procCgroup = readText(join(this.procRoot, String(target.pid), 'cgroup'));
    // The pid must be this container's: a relay in another pid namespace or on another host sees other processes.
    if (!procCgroup.includes(target.id)) {
      throw new Error(`process ${target.pid} is not in container ${target.id.slice(0, 12)}'s cgroup: this relay does not see the engine host's /proc`);
    }
    const dirs = resolveCgroupDirs(procCgroup, this.mounts);
    if (!dirs) throw new Error(`the cgroup hierarchies of container ${target.id.slice(0, 12)} are not mounted here`);
    // Past the open-file budget, files are opened per read instead of held: slower, never EMFILE.
    const holds = this.held + FILES_PER_CONTAINER <= this.budget;
    const counters = new ContainerCounters(target.pid, dirs, this.procRoot, holds);
    if (holds) this.held += FILES_PER_CONTAINER;
    this.counters.set(target.id, { counters, holds });
    return counters;
  }

  private forget(id: string): void {
    const known = this.counters.get(id);
    if (!known) return;
    known.counters.close();
    if (known.holds) this.held -= FILES_PER_CONTAINER;
    this.counters.delete(id);
  }
}

function readText(path: string): string {
  return readFileSync(path, 'latin1');
}

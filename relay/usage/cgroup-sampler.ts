// Reads usage straight from the kernel: the container's cgroup files and /proc/<pid>/net/dev. No
// request reaches the engine, so the cost is a few small file reads per container per tick.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCgroupMounts, resolveCgroupDirs, type CgroupDirs, type CgroupMount } from './cgroup-paths.js';
import { parseBlkioV1, parseIoStatV2, parseNetDev, parseSingle, statValue } from './cgroup-parse.js';
import type { RawUsage, SampleTarget, UsageSampler } from './usage-sampler.js';

/** Reads between yields to the event loop, so 1,000 containers never stall the relay for long. */
const CHUNK = 100;
/** v1 reports "unlimited" as a huge page-aligned number. */
const V1_UNLIMITED = 2 ** 62;

export interface CgroupProbe {
  ok: boolean;
  code?: 'CGROUP_UNREADABLE';
  message: string;
}

export class CgroupSampler implements UsageSampler {
  readonly kind = 'cgroup';
  private mounts: CgroupMount[] | undefined;
  private readonly dirs = new Map<string, { pid: number; dirs: CgroupDirs }>();

  constructor(private readonly procRoot = '/proc') {}

  /** Whether this relay can read a container's counters (same host, host /proc and cgroups visible). */
  probe(target: SampleTarget): CgroupProbe {
    try {
      this.read(target);
      return { ok: true, message: `read the cgroup of container ${target.id.slice(0, 12)}` };
    } catch (error) {
      this.dirs.delete(target.id);
      return { ok: false, code: 'CGROUP_UNREADABLE', message: error instanceof Error ? error.message : String(error) };
    }
  }

  async sample(targets: readonly SampleTarget[]): Promise<Map<string, RawUsage>> {
    const result = new Map<string, RawUsage>();
    for (let start = 0; start < targets.length; start += CHUNK) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const target of targets.slice(start, start + CHUNK)) {
        try {
          result.set(target.id, this.read(target));
        } catch {
          // The container stopped between listing and reading; it drops out of this tick.
          this.dirs.delete(target.id);
        }
      }
    }
    const wanted = new Set(targets.map((target) => target.id));
    for (const id of this.dirs.keys()) if (!wanted.has(id)) this.dirs.delete(id);
    return result;
  }

  close(): void {
    this.dirs.clear();
    this.mounts = undefined;
  }

  private read(target: SampleTarget): RawUsage {
    const dirs = this.dirsOf(target);
    const at = performance.timeOrigin + performance.now();
    const net = parseNetDev(readText(join(this.procRoot, String(target.pid), 'net/dev')));
    if (dirs.version === 1) {
      const usage = parseSingle(readText(join(dirs.memory, 'memory.usage_in_bytes')));
      const inactiveFile = statValue(readText(join(dirs.memory, 'memory.stat')), 'total_inactive_file');
      const limit = parseSingle(readText(join(dirs.memory, 'memory.limit_in_bytes')));
      const block = parseBlkioV1(readText(join(dirs.blkio, 'blkio.throttle.io_service_bytes_recursive')));
      return {
        at,
        cpuNanos: parseSingle(readText(join(dirs.cpuacct, 'cpuacct.usage'))),
        memoryBytes: inactiveFile < usage ? usage - inactiveFile : usage,
        memoryLimitBytes: limit >= V1_UNLIMITED ? Infinity : limit,
        netRxBytes: net.rx, netTxBytes: net.tx,
        blockReadBytes: block.read, blockWriteBytes: block.write,
        pids: dirs.pids ? parseSingle(readText(join(dirs.pids, 'pids.current'))) : 0,
      };
    }
    const usage = parseSingle(readText(join(dirs.dir, 'memory.current')));
    const inactiveFile = statValue(readText(join(dirs.dir, 'memory.stat')), 'inactive_file');
    const block = parseIoStatV2(readText(join(dirs.dir, 'io.stat')));
    return {
      at,
      cpuNanos: statValue(readText(join(dirs.dir, 'cpu.stat')), 'usage_usec') * 1000,
      memoryBytes: inactiveFile < usage ? usage - inactiveFile : usage,
      memoryLimitBytes: parseSingle(readText(join(dirs.dir, 'memory.max'))),
      netRxBytes: net.rx, netTxBytes: net.tx,
      blockReadBytes: block.read, blockWriteBytes: block.write,
      pids: parseSingle(readText(join(dirs.dir, 'pids.current'))),
    };
  }

  private dirsOf(target: SampleTarget): CgroupDirs {
    const known = this.dirs.get(target.id);
    if (known?.pid === target.pid) return known.dirs;
    this.mounts ??= parseCgroupMounts(readText(join(this.procRoot, 'self/mountinfo')));
    const procCgroup = readText(join(this.procRoot, String(target.pid), 'cgroup'));
    // The pid must be this container's: a relay in another pid namespace or on another host sees other processes.
    if (!procCgroup.includes(target.id)) {
      throw new Error(`process ${target.pid} is not in container ${target.id.slice(0, 12)}'s cgroup: this relay does not see the engine host's /proc`);
    }
    const dirs = resolveCgroupDirs(procCgroup, this.mounts);
    if (!dirs) throw new Error(`the cgroup hierarchies of container ${target.id.slice(0, 12)} are not mounted here`);
    this.dirs.set(target.id, { pid: target.pid, dirs });
    return dirs;
  }
}

function readText(path: string): string {
  // Synchronous on purpose: these are tiny in-memory kernel files; the async path costs several times more.
  return readFileSync(path, 'latin1');
}

// One container's counter files (cgroup v1 or v2, plus its network namespace's /proc/<pid>/net/dev),
// opened once and read every tick.
import { join } from 'node:path';
import type { CgroupDirs } from './cgroup-paths.js';
import { parseBlkioV1, parseIoStatV2, parseNetDev, parseSingle, statValue } from './cgroup-parse.js';
import { HeldFile } from './held-file.js';
import { workingSetBytes, type RawUsage } from './usage-sampler.js';

/** v1 reports "unlimited" as a huge page-aligned number. */
const V1_UNLIMITED = 2 ** 62;
/** Files each container holds open. */
export const FILES_PER_CONTAINER = 7;

export class ContainerCounters {
  private readonly files: HeldFile[];
  private readonly readUsage: (at: number) => RawUsage;

  constructor(readonly pid: number, dirs: CgroupDirs, procRoot: string, hold: boolean) {
    const file = (path: string): HeldFile => new HeldFile(path, hold);
    const netDev = file(join(procRoot, String(pid), 'net/dev'));
    if (dirs.version === 1) {
      const cpu = file(join(dirs.cpuacct, 'cpuacct.usage'));
      const usage = file(join(dirs.memory, 'memory.usage_in_bytes'));
      const stat = file(join(dirs.memory, 'memory.stat'));
      const limit = file(join(dirs.memory, 'memory.limit_in_bytes'));
      const blkio = file(join(dirs.blkio, 'blkio.throttle.io_service_bytes_recursive'));
      const pids = dirs.pids ? file(join(dirs.pids, 'pids.current')) : undefined;
      this.files = [netDev, cpu, usage, stat, limit, blkio, ...(pids ? [pids] : [])];
      this.readUsage = (at) => {
        // cgroup files first: a stopped container's answer ENODEV before its stale net/dev is read.
        const cpuNanos = parseSingle(cpu.read());
        const used = parseSingle(usage.read());
        const inactiveFile = statValue(stat.read(), 'total_inactive_file');
        const limitBytes = parseSingle(limit.read());
        const block = parseBlkioV1(blkio.read());
        const net = parseNetDev(netDev.read());
        return {
          at, cpuNanos,
          memoryBytes: workingSetBytes(used, inactiveFile),
          memoryLimitBytes: limitBytes >= V1_UNLIMITED ? Infinity : limitBytes,
          netRxBytes: net.rx, netTxBytes: net.tx, blockReadBytes: block.read, blockWriteBytes: block.write,
          pids: pids ? parseSingle(pids.read()) : 0,
        };
      };
    } else {
      const [cpu, usage, stat, limit, io, pids] = ['cpu.stat', 'memory.current', 'memory.stat', 'memory.max', 'io.stat', 'pids.current']
        .map((name) => file(join(dirs.dir, name))) as [HeldFile, HeldFile, HeldFile, HeldFile, HeldFile, HeldFile];
      this.files = [netDev, cpu, usage, stat, limit, io, pids];
      this.readUsage = (at) => {
        const cpuNanos = statValue(cpu.read(), 'usage_usec') * 1000;
        const used = parseSingle(usage.read());
        const inactiveFile = statValue(stat.read(), 'inactive_file');
        const memoryLimitBytes = parseSingle(limit.read());
        const block = parseIoStatV2(io.read());
        const processes = parseSingle(pids.read());
        const net = parseNetDev(netDev.read());
        return {
          at, cpuNanos,
          memoryBytes: workingSetBytes(used, inactiveFile),
          memoryLimitBytes,
          netRxBytes: net.rx, netTxBytes: net.tx, blockReadBytes: block.read, blockWriteBytes: block.write,
          pids: processes,
        };
      };
    }
  }

  /** The counters now; throws when the container is gone (its cgroup files answer ENODEV or vanish). */
  read(): RawUsage {
    return this.readUsage(performance.timeOrigin + performance.now());
  }

  close(): void {
    for (const file of this.files) file.close();
  }
}

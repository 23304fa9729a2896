// The cgroup sampler against file trees laid out as a v2 host and a v1 host would show them (the real
// v1 host is covered by tests/usage against a private engine; this machine has no v2 host).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CgroupSampler } from './cgroup-sampler.js';

const ID = 'c0ffee'.padEnd(64, '0');
const PID = 4242;
const root = mkdtempSync(join(tmpdir(), 'cgroup-sampler-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const base = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text.replaceAll('$ROOT', base));
  }
  return base;
}

const netDev = 'Inter-| Receive\n face |bytes\n    lo: 9 0 0 0 0 0 0 0 9 0 0 0 0 0 0 0\n  eth0: 1000 1 0 0 0 0 0 0 500 1 0 0 0 0 0 0\n';

describe('CgroupSampler', () => {
  it('reads a cgroup v2 container (systemd driver)', async () => {
    const scope = `cg/system.slice/docker-${ID}.scope`;
    const base = tree('v2', {
      'proc/self/mountinfo': '30 23 0:26 / $ROOT/cg rw,nosuid - cgroup2 cgroup2 rw\n',
      'proc/self/limits': 'Max open files            1024                 4096                 files\n',
      [`proc/${PID}/cgroup`]: `0::/system.slice/docker-${ID}.scope\n`,
      [`proc/${PID}/net/dev`]: netDev,
      [`${scope}/cpu.stat`]: 'usage_usec 1500000\nuser_usec 1000000\nsystem_usec 500000\n',
      [`${scope}/memory.current`]: '10485760\n',
      [`${scope}/memory.stat`]: 'anon 8388608\nfile 2097152\ninactive_file 1048576\n',
      [`${scope}/memory.max`]: 'max\n',
      [`${scope}/io.stat`]: '8:0 rbytes=4096 wbytes=8192 rios=1 wios=2 dbytes=0 dios=0\n',
      [`${scope}/pids.current`]: '3\n',
    });
    const sampler = new CgroupSampler(join(base, 'proc'));
    const readings = await sampler.sample([{ id: ID, pid: PID }]);
    expect(readings.get(ID)).toMatchObject({
      cpuNanos: 1.5e9, memoryBytes: 9437184, memoryLimitBytes: Infinity, netRxBytes: 1000, netTxBytes: 500,
      blockReadBytes: 4096, blockWriteBytes: 8192, pids: 3,
    });
    sampler.close();
  });

  it('reads a cgroup v1 container and drops it once its files are gone', async () => {
    const files: Record<string, string> = {
      'proc/self/mountinfo': ['cpu,cpuacct', 'memory', 'blkio', 'pids']
        .map((c, n) => `${40 + n} 31 0:${40 + n} / $ROOT/cg/${c} rw - cgroup cgroup rw,${c}`).join('\n'),
      'proc/self/limits': 'Max open files            1024                 4096                 files\n',
      [`proc/${PID}/cgroup`]: ['pids', 'blkio', 'memory', 'cpu,cpuacct'].map((c, n) => `${n + 1}:${c}:/docker/${ID}`).join('\n'),
      [`proc/${PID}/net/dev`]: netDev,
      [`cg/cpu,cpuacct/docker/${ID}/cpuacct.usage`]: '2000000000\n',
      [`cg/memory/docker/${ID}/memory.usage_in_bytes`]: '5000\n',
      [`cg/memory/docker/${ID}/memory.stat`]: 'cache 3000\ninactive_file 1\ntotal_inactive_file 1000\n',
      [`cg/memory/docker/${ID}/memory.limit_in_bytes`]: '9223372036854771712\n',
      [`cg/blkio/docker/${ID}/blkio.throttle.io_service_bytes_recursive`]: '8:0 Read 10\n8:0 Write 20\nTotal 30\n',
      [`cg/pids/docker/${ID}/pids.current`]: '2\n',
    };
    const base = tree('v1', files);
    const sampler = new CgroupSampler(join(base, 'proc'));
    const first = await sampler.sample([{ id: ID, pid: PID }]);
    expect(first.get(ID)).toMatchObject({ cpuNanos: 2e9, memoryBytes: 4000, memoryLimitBytes: Infinity, blockReadBytes: 10, blockWriteBytes: 20, pids: 2 });
    rmSync(join(base, 'cg/memory/docker', ID), { recursive: true });
    rmSync(join(base, 'cg/cpu,cpuacct/docker', ID), { recursive: true });
    sampler.close();
    expect((await sampler.sample([{ id: ID, pid: PID }])).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCgroupMounts, resolveCgroupDirs } from './cgroup-paths.js';

const ID = 'abc123';

describe('cgroup paths', () => {
  it('resolves v1 controllers mounted separately or together, with a v2 hierarchy beside them', () => {
    const mounts = parseCgroupMounts([
      '32 31 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct',
      '35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory',
      '38 31 0:35 / /sys/fs/cgroup/blkio rw,relatime - cgroup cgroup rw,blkio',
      '39 31 0:36 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids',
      '40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,xattr,name=systemd',
      '41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw',
    ].join('\n'));
    const proc = [`9:name=systemd:/docker/${ID}`, `8:pids:/docker/${ID}`, `7:blkio:/docker/${ID}`, `4:memory:/docker/${ID}`, `2:cpu,cpuacct:/docker/${ID}`, `0::/docker/${ID}`].join('\n');
    expect(resolveCgroupDirs(proc, mounts)).toEqual({
      version: 1,
      cpuacct: `/sys/fs/cgroup/cpu,cpuacct/docker/${ID}`,
      memory: `/sys/fs/cgroup/memory/docker/${ID}`,
      blkio: `/sys/fs/cgroup/blkio/docker/${ID}`,
      pids: `/sys/fs/cgroup/pids/docker/${ID}`,
    });
  });

  it('resolves a v2 systemd scope and a mount of a sub-folder', () => {
    const mounts = parseCgroupMounts('30 23 0:26 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate');
    expect(resolveCgroupDirs(`0::/system.slice/docker-${ID}.scope\n`, mounts)).toEqual({ version: 2, dir: `/sys/fs/cgroup/system.slice/docker-${ID}.scope` });
    const nested = parseCgroupMounts('30 23 0:26 /outer /host/cgroup rw - cgroup2 cgroup2 rw');
    expect(resolveCgroupDirs(`0::/outer/inner/${ID}`, nested)).toEqual({ version: 2, dir: `/host/cgroup/inner/${ID}` });
  });

  it('gives nothing when the hierarchies are not mounted', () => {
    expect(resolveCgroupDirs(`4:memory:/docker/${ID}`, [])).toBeUndefined();
  });
});

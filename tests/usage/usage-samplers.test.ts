// Both samplers against the same real containers in a private engine: a busy loop, 50 MB in /dev/shm,
// a stopped container. Numbers are checked against what the containers really do, and against each other.
import type Docker from 'dockerode';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../relay/log.js';
import { CgroupSampler } from '../../relay/usage/cgroup-sampler.js';
import { createEngineClient } from '../../relay/docker/engine-client.js';
import { DockerStatsSampler } from '../../relay/usage/docker-stats-sampler.js';
import { RateCalculator } from '../../relay/usage/rate-calculator.js';
import type { SampleTarget, UsageSampler } from '../../relay/usage/usage-sampler.js';
import type { ContainerUsage } from '../../shared/types.js';
import { startPrivateEngine, TEST_IMAGE, type PrivateEngine } from '../support/private-engine.js';

const MiB = 2 ** 20;
let engine: PrivateEngine;
let busy: SampleTarget;
let shm: SampleTarget;

async function run(docker: Docker, cmd: string, shmSize?: number): Promise<SampleTarget> {
  const container = await docker.createContainer({
    Image: TEST_IMAGE, Cmd: ['sh', '-c', cmd],
    HostConfig: { NetworkMode: 'none', ...(shmSize ? { ShmSize: shmSize } : {}) },
  });
  await container.start();
  const info = await container.inspect();
  return { id: info.Id, pid: info.State.Pid };
}

type Kind = UsageSampler['kind'];
interface Readings {
  ticks: Record<Kind, Array<Record<string, ContainerUsage>>>;
  /** The busy loop's CPU percent over the cgroup sampler's ticks, from the kernel's own account of its process. */
  busyTruth: number;
  /** The same, plus the time it waited for a core: what a loop that is always runnable asks for (about 100). */
  busyWanted: number;
}

/** Reads `ticks` rates, one second apart, from both samplers over the same seconds. */
async function readBoth(targets: SampleTarget[], ticks: number): Promise<Readings> {
  const samplers = [new CgroupSampler(), new DockerStatsSampler(createEngineClient({ kind: 'unix', socketPath: engine.socketPath }), createLogger('warn'))];
  const rates = samplers.map(() => new RateCalculator());
  // The relay caps "unlimited" at the engine's memory, as the engine does for its stats.
  const hostMemory = Number((await engine.docker.info()).MemTotal);
  const out: Readings['ticks'] = { cgroup: [], 'docker-api': [] };
  let first: { at: number; cpu: number; wait: number } | undefined;
  let last = first;
  try {
    // Stats streams deliver their first reading a moment after opening; read until every sampler has `ticks` full ticks.
    for (let round = 0; round < ticks + 15 && (out.cgroup.length < ticks || out['docker-api'].length < ticks); round++) {
      const readings = await Promise.all(samplers.map((sampler) => sampler.sample(targets)));
      if (out.cgroup.length < ticks) {
        last = { at: performance.now(), ...schedStat(busy.pid) };
        first ??= last;
      }
      samplers.forEach((sampler, index) => {
        const usage = (rates[index] as RateCalculator).update(readings[index] as Map<string, never>, hostMemory);
        if (targets.every((target) => usage[target.id]) && out[sampler.kind].length < ticks) out[sampler.kind].push(usage);
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    for (const sampler of samplers) sampler.close();
  }
  const percent = (nanos: number): number => (first && last ? (nanos / 1e6 / (last.at - first.at)) * 100 : NaN);
  const busyTruth = percent((last?.cpu ?? NaN) - (first?.cpu ?? NaN));
  return { ticks: out, busyTruth, busyWanted: busyTruth + percent((last?.wait ?? NaN) - (first?.wait ?? NaN)) };
}

/** Nanoseconds a process has run on a core, and waited for one while runnable (/proc/<pid>/schedstat). */
function schedStat(pid: number): { cpu: number; wait: number } {
  const [cpu, wait] = readFileSync(`/proc/${pid}/schedstat`, 'latin1').split(' ').map(Number);
  return { cpu: cpu ?? NaN, wait: wait ?? NaN };
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

beforeAll(async () => {
  engine = await startPrivateEngine();
  busy = await run(engine.docker, 'while :; do :; done');
  shm = await run(engine.docker, 'dd if=/dev/zero of=/dev/shm/x bs=1M count=50 && sleep 3600', 64 * MiB);
  // Let dd finish before measuring memory.
  await new Promise((resolve) => setTimeout(resolve, 1500));
});

afterAll(async () => {
  await engine?.dispose();
});

describe('usage samplers on real containers', () => {
  it('read a busy loop near one core and 50 MB in /dev/shm, and agree with each other', async () => {
    const { ticks, busyTruth, busyWanted } = await readBoth([busy, shm], 4);
    const cpu = (kind: Kind): number => median(ticks[kind].map((usage) => usage[busy.id]?.cpuPercent ?? NaN));
    const memory = (kind: Kind): number => median(ticks[kind].map((usage) => usage[shm.id]?.memoryBytes ?? NaN));
    for (const kind of ['cgroup', 'docker-api'] as const) {
      expect(ticks[kind], `${kind} readings`).toHaveLength(4);
      expect(cpu(kind), `${kind} busy-loop CPU`).toBeGreaterThan(0);
      expect(cpu(kind), `${kind} busy-loop CPU`).toBeLessThan(110);
      expect(memory(kind), `${kind} memory with 50 MB in /dev/shm`).toBeGreaterThanOrEqual(50 * MiB);
      expect(memory(kind)).toBeLessThan(64 * MiB);
      expect(ticks[kind][0]?.[busy.id]?.pids).toBe(1);
    }
    // The loop asks for a whole core all the time. On an idle machine it gets it and reads ~100; when
    // other work shares the two cores it waits part of the time. Either way the reading is exactly its
    // share: one core minus the time the kernel says it waited for one.
    expect(busyWanted).toBeGreaterThan(85);
    expect(busyWanted).toBeLessThan(115);
    expect(Math.abs(mean(ticks.cgroup.map((usage) => usage[busy.id]?.cpuPercent ?? NaN)) - busyTruth)).toBeLessThan(10);
    expect(Math.abs(cpu('cgroup') - cpu('docker-api'))).toBeLessThan(20);
    expect(Math.abs(memory('cgroup') - memory('docker-api'))).toBeLessThan(2 * MiB);
    expect(ticks.cgroup[0]?.[shm.id]?.memoryLimitBytes).toBe(ticks['docker-api'][0]?.[shm.id]?.memoryLimitBytes);
  });

  it('leave out a container that stopped', async () => {
    const stopped = await run(engine.docker, 'sleep 3600');
    await engine.docker.getContainer(stopped.id).stop({ t: 0 });
    const cgroup = new CgroupSampler();
    const readings = await cgroup.sample([stopped, busy]);
    expect([...readings.keys()]).toEqual([busy.id]);
    expect(cgroup.probe(stopped).ok).toBe(false);
  });

  it('refuse a process that is not the container (another host or pid namespace)', () => {
    const probe = new CgroupSampler().probe({ id: busy.id, pid: process.pid });
    expect(probe).toMatchObject({ ok: false, code: 'CGROUP_UNREADABLE' });
    expect(probe.message).toContain("does not see the engine host's /proc");
  });
});

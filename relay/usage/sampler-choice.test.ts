import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import type { CgroupProbe, CgroupSampler } from './cgroup-sampler.js';
import { chooseSampler } from './sampler-choice.js';
import type { UsageSampler } from './usage-sampler.js';

const log = createLogger('error');
const dockerApi = { kind: 'docker-api' } as UsageSampler;

function cgroupAnswering(...answers: boolean[]): CgroupSampler {
  let call = 0;
  const probe = (): CgroupProbe => (answers[call++] ? { ok: true, message: 'ok' } : { ok: false, code: 'CGROUP_UNREADABLE', message: 'no' });
  return { kind: 'cgroup', probe } as unknown as CgroupSampler;
}

const targets = [{ id: 'a', pid: 1 }, { id: 'b', pid: 2 }, { id: 'c', pid: 3 }];

describe('chooseSampler', () => {
  it('waits for a running container before choosing automatically', () => {
    expect(chooseSampler('auto', [], { cgroup: cgroupAnswering(true), dockerApi }, log)).toBeUndefined();
  });

  it('prefers cgroup reads when one of the first containers is readable, else the stats API', () => {
    expect(chooseSampler('auto', targets, { cgroup: cgroupAnswering(false, true), dockerApi }, log)?.kind).toBe('cgroup');
    expect(chooseSampler('auto', targets, { cgroup: cgroupAnswering(false, false, false), dockerApi }, log)).toBe(dockerApi);
  });

  it('follows a forced choice', () => {
    expect(chooseSampler('docker-api', targets, { cgroup: cgroupAnswering(true), dockerApi }, log)).toBe(dockerApi);
    expect(chooseSampler('cgroup', [], { cgroup: cgroupAnswering(false), dockerApi }, log)?.kind).toBe('cgroup');
  });
});

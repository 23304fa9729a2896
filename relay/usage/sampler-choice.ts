// Picks the usage sampler: cgroup reads when this relay can read a running container's cgroup (same
// host, host /proc and /sys/fs/cgroup visible), else the Docker stats API. A flag can force either.
import type { UsageSamplerKind } from '../../shared/types.js';
import type { Logger } from '../log.js';
import type { CgroupSampler } from './cgroup-sampler.js';
import type { SampleTarget, UsageSampler } from './usage-sampler.js';

export type UsageSamplerChoice = 'auto' | UsageSamplerKind;
export const USAGE_SAMPLER_CHOICES: readonly UsageSamplerChoice[] = ['auto', 'cgroup', 'docker-api'];

export interface SamplerCandidates {
  cgroup: CgroupSampler;
  dockerApi: UsageSampler;
}

/** The sampler to use, or undefined while `auto` has no running container to try the cgroup reader on. */
export function chooseSampler(choice: UsageSamplerChoice, targets: readonly SampleTarget[], candidates: SamplerCandidates, log: Logger): UsageSampler | undefined {
  if (choice === 'docker-api') {
    log.info('usage sampler', { sampler: 'docker-api', reason: 'chosen by --usage-sampler' });
    return candidates.dockerApi;
  }
  const first = targets[0];
  if (choice === 'cgroup') {
    const probe = first && candidates.cgroup.probe(first);
    if (probe && !probe.ok) log.warn('usage sampler cannot read cgroups', { sampler: 'cgroup', code: probe.code, reason: probe.message });
    else log.info('usage sampler', { sampler: 'cgroup', reason: 'chosen by --usage-sampler' });
    return candidates.cgroup;
  }
  if (!first) return undefined;
  // A container may stop between listing and probing: one success among a few decides.
  const probes = targets.slice(0, 3).map((target) => candidates.cgroup.probe(target));
  const success = probes.find((probe) => probe.ok);
  if (success) {
    log.info('usage sampler', { sampler: 'cgroup', reason: success.message });
    return candidates.cgroup;
  }
  log.info('usage sampler', {
    sampler: 'docker-api', reason: `cgroup files unreadable: ${probes[0]?.message ?? ''}`,
    hint: 'run the relay on the engine host (in a container: --pid=host --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:ro) for cheaper sampling',
  });
  return candidates.dockerApi;
}

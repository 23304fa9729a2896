// Builds the usage monitor with both samplers, so the relay's wiring stays one line.
import type Docker from 'dockerode';
import type { Logger } from '../log.js';
import type { StateStore } from '../store/state-store.js';
import { CgroupSampler } from './cgroup-sampler.js';
import { DockerStatsSampler } from './docker-stats-sampler.js';
import type { UsageSamplerChoice } from './sampler-choice.js';
import { UsageMonitor, type ClientCounter } from './usage-monitor.js';

export interface UsageWiring {
  store: StateStore;
  clients: ClientCounter;
  docker: Docker;
  choice: UsageSamplerChoice | undefined;
  log: Logger;
}

export function createUsageMonitor({ store, clients, docker, choice, log }: UsageWiring): UsageMonitor {
  const candidates = { cgroup: new CgroupSampler(), dockerApi: new DockerStatsSampler(docker, log) };
  return new UsageMonitor({ store, clients, choice: choice ?? 'auto', candidates, log });
}

// Builds the usage monitor with both samplers, so the relay's wiring stays one line.
import type { EngineClient } from '../docker/engine-client.js';
import type { Logger } from '../log.js';
import type { StateStore } from '../store/state-store.js';
import { CgroupSampler } from './cgroup-sampler.js';
import { DockerStatsSampler } from './docker-stats-sampler.js';
import type { UsageSamplerChoice } from './sampler-choice.js';
import { UsageMonitor, type ClientCounter } from './usage-monitor.js';

export interface UsageWiring {
  store: StateStore;
  clients: ClientCounter;
  engine: EngineClient;
  choice: UsageSamplerChoice | undefined;
  log: Logger;
}

export function createUsageMonitor({ store, clients, engine, choice, log }: UsageWiring): UsageMonitor {
  const candidates = { cgroup: new CgroupSampler(), dockerApi: new DockerStatsSampler(engine, log) };
  return new UsageMonitor({ store, clients, choice: choice ?? 'auto', candidates, log });
}

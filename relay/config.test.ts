import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig, type RelayConfig } from './config.js';

const read = (argv: string[], env: NodeJS.ProcessEnv = {}): RelayConfig => readConfig(argv, env, '/web') as RelayConfig;

describe('readConfig: --usage-sampler', () => {
  it('defaults to auto, reads the flag before the environment', () => {
    expect(read([]).usageSampler).toBe('auto');
    expect(read([], { PORTLIGHT_USAGE_SAMPLER: 'cgroup' }).usageSampler).toBe('cgroup');
    expect(read(['--usage-sampler', 'docker-api'], { PORTLIGHT_USAGE_SAMPLER: 'cgroup' }).usageSampler).toBe('docker-api');
  });

  it('refuses an unknown sampler with a message saying what is allowed', () => {
    expect(() => read(['--usage-sampler', 'stats'])).toThrow(ConfigError);
    expect(() => read(['--usage-sampler', 'stats'])).toThrow(/auto, cgroup or docker-api/);
  });
});

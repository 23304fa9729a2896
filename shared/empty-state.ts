import type { EngineCounts, EngineInfo, EngineState } from './types.js';

/** Counts of nothing. */
export function emptyCounts(): EngineCounts {
  return { containers: 0, running: 0, paused: 0, stopped: 0, images: 0, volumes: 0, networks: 0 };
}

/** Engine info before the engine has answered. */
export function unknownEngine(error: string | null = 'not connected yet'): EngineInfo {
  return {
    reachable: false, error, id: '', name: '', version: '', apiVersion: '', os: '', kernel: '', arch: '',
    cpus: 0, memoryBytes: 0, usageSampler: null, counts: emptyCounts(),
  };
}

/** A state with no entities, as the relay holds before its first listing. */
export function emptyEngineState(): EngineState {
  return { engine: unknownEngine(), containers: {}, images: {}, volumes: {}, networks: {}, usage: {}, events: [] };
}

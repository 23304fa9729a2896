import type { EngineCounts, EngineState } from '../../shared/types.js';

/** Derives the engine's counts from the entities, so they can never disagree. */
export function countEntities(state: EngineState): EngineCounts {
  let running = 0;
  let paused = 0;
  const containers = Object.values(state.containers);
  for (const container of containers) {
    if (container.state === 'running' || container.state === 'restarting') running += 1;
    else if (container.state === 'paused') paused += 1;
  }
  return {
    containers: containers.length,
    running,
    paused,
    stopped: containers.length - running - paused,
    images: Object.keys(state.images).length,
    volumes: Object.keys(state.volumes).length,
    networks: Object.keys(state.networks).length,
  };
}

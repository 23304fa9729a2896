// Small valid entities for unit tests of the store and hub.
import type { ContainerSummary, EngineEvent } from '../../shared/types.js';

export function aContainer(id: string, changes: Partial<ContainerSummary> = {}): ContainerSummary {
  return {
    id, name: `c-${id}`, image: 'busybox', imageId: 'sha256:1', command: 'sleep 1', state: 'running', health: null,
    exitCode: null, oomKilled: false, restartCount: 0, restartPolicy: 'no', createdAt: 1, startedAt: 2, finishedAt: null,
    pid: 10, ports: [], mounts: [], networks: [], labels: {}, ...changes,
  };
}

export function anEvent(n: number): EngineEvent {
  return { time: n, type: 'container', action: 'start', actorId: `c${n}`, name: null, attributes: {} };
}

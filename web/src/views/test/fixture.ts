// A small, realistic EngineState for the view tests, plus builders for big and changed states.
import { unknownEngine } from '../../../../shared/empty-state.js';
import type { ContainerSummary, ContainerUsage, EngineEvent, EngineState, ImageSummary } from '../../../../shared/types.js';

export const NOW = Date.now();
const MIN = 60_000;

export const IMAGE_ID = `sha256:${'a1'.repeat(32)}`;
export const NET_ID = 'n'.repeat(64);

/** A container with sensible defaults. */
export function container(n: number, over: Partial<ContainerSummary> = {}): ContainerSummary {
  const id = n.toString(16).padStart(64, 'c');
  return {
    id, name: `app-${String(n).padStart(4, '0')}`, image: 'busybox:latest', imageId: IMAGE_ID, command: 'sleep 1d',
    state: 'running', health: null, exitCode: null, oomKilled: false, restartCount: 0, restartPolicy: 'no',
    createdAt: NOW - 3 * 60 * MIN - n * 1000, startedAt: NOW - 2 * 60 * MIN, finishedAt: null, pid: 1000 + n,
    ports: [], mounts: [], networks: [], labels: {}, ...over,
  };
}

export function usage(cpuPercent: number, memoryBytes: number): ContainerUsage {
  return {
    cpuPercent, memoryBytes, memoryLimitBytes: 1 << 30, memoryPercent: (memoryBytes / (1 << 30)) * 100,
    netRxBytes: 1000, netTxBytes: 2000, netRxBytesPerSec: 10, netTxBytesPerSec: 20,
    blockReadBytes: 0, blockWriteBytes: 0, blockReadBytesPerSec: 0, blockWriteBytesPerSec: 0, pids: 3,
  };
}

const image: ImageSummary = {
  id: IMAGE_ID, tags: ['busybox:latest'], digests: [], createdAt: NOW - 10 * 24 * 60 * MIN, sizeBytes: 4_400_000, labels: {},
};

function event(action: string, c: ContainerSummary, minutesAgo: number): EngineEvent {
  return { time: NOW - minutesAgo * MIN, type: 'container', action, actorId: c.id, name: c.name, attributes: { image: c.image } };
}

/** Engine with a web/db compose project, a stray container, an unhealthy one and a stopped one. */
export function fixtureState(): EngineState {
  const web = container(1, {
    name: 'shop-web-1', labels: { 'com.docker.compose.project': 'shop' },
    ports: [{ privatePort: 80, protocol: 'tcp', hostIp: '0.0.0.0', publicPort: 8080 }],
    networks: [{ name: 'shop_default', networkId: NET_ID, ipAddress: '172.18.0.2' }],
    mounts: [{ type: 'volume', name: 'shop-data', source: '/var/lib/docker/volumes/shop-data/_data', destination: '/data', readOnly: false }],
  });
  const db = container(2, { name: 'shop-db-1', labels: { 'com.docker.compose.project': 'shop' }, health: 'unhealthy' });
  const lone = container(3, { name: 'lonely', health: 'healthy' });
  const stopped = container(4, { name: 'old-job', state: 'exited', exitCode: 1, finishedAt: NOW - 5 * MIN, pid: null });
  const containers = Object.fromEntries([web, db, lone, stopped].map((c) => [c.id, c]));
  return {
    engine: {
      ...unknownEngine(null), reachable: true, id: 'ENGINE', name: 'testhost', version: '20.10.24', apiVersion: '1.41',
      os: 'Debian GNU/Linux 12', kernel: '6.1.0', arch: 'x86_64', cpus: 2, memoryBytes: 24 * 2 ** 30,
      counts: { containers: 4, running: 3, paused: 0, stopped: 1, images: 1, volumes: 1, networks: 1 },
    },
    containers,
    images: { [IMAGE_ID]: image },
    volumes: {
      'shop-data': { name: 'shop-data', driver: 'local', mountpoint: '/var/lib/docker/volumes/shop-data/_data', scope: 'local', createdAt: NOW - 60 * MIN, labels: {} },
    },
    networks: {
      [NET_ID]: {
        id: NET_ID, name: 'shop_default', driver: 'bridge', scope: 'local', internal: true, attachable: false, ingress: false,
        subnets: ['172.18.0.0/16'], gateways: ['172.18.0.1'], createdAt: NOW - 60 * MIN, labels: {},
      },
    },
    usage: { [web.id]: usage(12.5, 50 * 2 ** 20), [db.id]: usage(1.25, 300 * 2 ** 20), [lone.id]: usage(0.5, 8 * 2 ** 20) },
    events: [event('create', web, 30), event('start', web, 29), event('die', stopped, 5), event('health_status', db, 1)],
  };
}

/** A state with `count` running containers, every fifth in one of a few compose projects. */
export function bigState(count: number): EngineState {
  const state = fixtureState();
  const containers: EngineState['containers'] = {};
  const use: EngineState['usage'] = {};
  for (let n = 100; n < 100 + count; n++) {
    const labels: Record<string, string> = n % 5 === 0 ? { 'com.docker.compose.project': `proj-${n % 7}` } : {};
    const c = container(n, { labels });
    containers[c.id] = c;
    use[c.id] = usage((n * 7) % 100, n * 2 ** 16);
  }
  return { ...state, containers, usage: use };
}

/** The state after one container changed, keeping every other entity's identity (as the store does). */
export function withContainer(state: EngineState, id: string, over: Partial<ContainerSummary>): EngineState {
  const before = state.containers[id];
  if (!before) throw new Error(`no container ${id} in the fixture`);
  return { ...state, containers: { ...state.containers, [id]: { ...before, ...over } } };
}

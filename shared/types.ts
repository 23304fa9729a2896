// The shape of a Docker host's live state. Imports nothing: both the relay and the browser use it.

/** The whole live state of one Docker engine, as the relay mirrors it. */
export interface EngineState {
  engine: EngineInfo;
  /** Keyed by full container id. */
  containers: Record<string, ContainerSummary>;
  /** Keyed by image id (`sha256:…`). */
  images: Record<string, ImageSummary>;
  /** Keyed by volume name. */
  volumes: Record<string, VolumeSummary>;
  /** Keyed by network id. */
  networks: Record<string, NetworkSummary>;
  /** Keyed by container id: resource usage of running containers. */
  usage: Record<string, ContainerUsage>;
  /** The most recent engine events, newest last. */
  events: EngineEvent[];
}

export interface EngineInfo {
  reachable: boolean;
  /** Why the engine is unreachable, in words a person can act on; null while reachable. */
  error: string | null;
  id: string;
  name: string;
  version: string;
  apiVersion: string;
  os: string;
  kernel: string;
  arch: string;
  cpus: number;
  memoryBytes: number;
  /** How the relay reads container usage; null until it has chosen (it chooses once something runs). */
  usageSampler: UsageSamplerKind | null;
  counts: EngineCounts;
}

/** `cgroup`: the relay reads the host's cgroup and /proc files; `docker-api`: the engine's stats API. */
export type UsageSamplerKind = 'cgroup' | 'docker-api';

export interface EngineCounts {
  containers: number;
  running: number;
  paused: number;
  stopped: number;
  images: number;
  volumes: number;
  networks: number;
}

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
export type HealthState = 'starting' | 'healthy' | 'unhealthy';

export interface ContainerSummary {
  id: string;
  name: string;
  /** The image reference the container was created from, as the user wrote it. */
  image: string;
  imageId: string;
  command: string;
  state: ContainerState;
  health: HealthState | null;
  exitCode: number | null;
  oomKilled: boolean;
  restartCount: number;
  restartPolicy: string;
  /** Epoch milliseconds. */
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** Main process id on the host, while running (used by the usage sampler). */
  pid: number | null;
  ports: PortMapping[];
  mounts: MountSummary[];
  networks: ContainerNetwork[];
  labels: Record<string, string>;
}

export interface PortMapping {
  privatePort: number;
  protocol: string;
  hostIp: string | null;
  publicPort: number | null;
}

export interface MountSummary {
  type: string;
  /** Volume name for volume mounts, else null. */
  name: string | null;
  source: string;
  destination: string;
  readOnly: boolean;
}

export interface ContainerNetwork {
  /** Network name as the container sees it. */
  name: string;
  networkId: string;
  ipAddress: string | null;
}

export interface ImageSummary {
  id: string;
  tags: string[];
  digests: string[];
  createdAt: number;
  sizeBytes: number;
  labels: Record<string, string>;
}

export interface VolumeSummary {
  name: string;
  driver: string;
  mountpoint: string;
  scope: string;
  createdAt: number | null;
  labels: Record<string, string>;
}

export interface NetworkSummary {
  id: string;
  name: string;
  driver: string;
  scope: string;
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  subnets: string[];
  gateways: string[];
  createdAt: number | null;
  labels: Record<string, string>;
}

export interface ContainerUsage {
  /** 100 = one full core, as `docker stats` counts. */
  cpuPercent: number;
  memoryBytes: number;
  memoryLimitBytes: number;
  memoryPercent: number;
  netRxBytes: number;
  netTxBytes: number;
  netRxBytesPerSec: number;
  netTxBytesPerSec: number;
  blockReadBytes: number;
  blockWriteBytes: number;
  blockReadBytesPerSec: number;
  blockWriteBytesPerSec: number;
  pids: number;
}

export type EngineEventType = 'container' | 'image' | 'volume' | 'network' | 'daemon' | string;

export interface EngineEvent {
  /** Epoch milliseconds, with the engine's sub-millisecond part as a fraction. */
  time: number;
  type: EngineEventType;
  /** The engine's action, e.g. `start`; exec actions are cut at `:` so commands never leave the relay. */
  action: string;
  /** Container/image/network id, or volume name. */
  actorId: string;
  /** The actor's name when the engine gives one (container name, image reference, network name). */
  name: string | null;
  /** A few safe attributes: image, exitCode, signal, container (for network events). */
  attributes: Record<string, string>;
}

/** The most events the state keeps. */
export const MAX_EVENTS = 200;

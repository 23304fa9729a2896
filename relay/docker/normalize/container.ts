// A container's inspect output, made lean: what a dashboard shows, never environment values.
import type { ContainerState, ContainerSummary, HealthState, MountSummary, PortMapping } from '../../../shared/types.js';
import { dockerTime, labelsOf } from './time.js';

export interface RawContainerInspect {
  Id: string;
  Name: string;
  Created: string;
  Path?: string;
  Args?: string[] | null;
  Image: string;
  RestartCount?: number;
  State: {
    Status: string;
    OOMKilled?: boolean;
    Pid?: number;
    ExitCode?: number;
    StartedAt?: string;
    FinishedAt?: string;
    Health?: { Status?: string } | null;
  };
  HostConfig?: { RestartPolicy?: { Name?: string } | null } | null;
  Config?: { Image?: string; Labels?: Record<string, string> | null } | null;
  Mounts?: Array<{ Type?: string; Name?: string; Source?: string; Destination?: string; RW?: boolean }> | null;
  NetworkSettings?: {
    Ports?: Record<string, Array<{ HostIp?: string; HostPort?: string }> | null> | null;
    Networks?: Record<string, { NetworkID?: string; IPAddress?: string } | null> | null;
  } | null;
}

const STATES = new Set<ContainerState>(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']);
const HEALTH = new Set<HealthState>(['starting', 'healthy', 'unhealthy']);

export function normalizeContainer(raw: RawContainerInspect): ContainerSummary {
  const status = raw.State.Status as ContainerState;
  const state = STATES.has(status) ? status : 'dead';
  const health = raw.State.Health?.Status as HealthState | undefined;
  const startedAt = dockerTime(raw.State.StartedAt);
  return {
    id: raw.Id,
    name: raw.Name.replace(/^\//, ''),
    image: raw.Config?.Image ?? raw.Image,
    imageId: raw.Image,
    command: [raw.Path ?? '', ...(raw.Args ?? [])].join(' ').trim(),
    state,
    health: health && HEALTH.has(health) ? health : null,
    exitCode: startedAt === null ? null : (raw.State.ExitCode ?? null),
    oomKilled: raw.State.OOMKilled ?? false,
    restartCount: raw.RestartCount ?? 0,
    restartPolicy: raw.HostConfig?.RestartPolicy?.Name || 'no',
    createdAt: dockerTime(raw.Created) ?? 0,
    startedAt,
    finishedAt: dockerTime(raw.State.FinishedAt),
    pid: raw.State.Pid ? raw.State.Pid : null,
    ports: portsOf(raw.NetworkSettings?.Ports),
    mounts: (raw.Mounts ?? []).map(mountOf),
    networks: Object.entries(raw.NetworkSettings?.Networks ?? {}).map(([name, network]) => ({
      name,
      networkId: network?.NetworkID ?? '',
      ipAddress: network?.IPAddress || null,
    })),
    labels: labelsOf(raw.Config?.Labels),
  };
}

function portsOf(ports: NonNullable<RawContainerInspect['NetworkSettings']>['Ports']): PortMapping[] {
  const mappings: PortMapping[] = [];
  for (const [key, bindings] of Object.entries(ports ?? {})) {
    const [port, protocol = 'tcp'] = key.split('/');
    const privatePort = Number(port);
    if (!bindings || bindings.length === 0) {
      mappings.push({ privatePort, protocol, hostIp: null, publicPort: null });
      continue;
    }
    for (const binding of bindings) {
      mappings.push({ privatePort, protocol, hostIp: binding.HostIp || null, publicPort: binding.HostPort ? Number(binding.HostPort) : null });
    }
  }
  return mappings.sort((a, b) => a.privatePort - b.privatePort || a.protocol.localeCompare(b.protocol));
}

function mountOf(mount: NonNullable<RawContainerInspect['Mounts']>[number]): MountSummary {
  return {
    type: mount.Type ?? 'bind',
    name: mount.Name || null,
    source: mount.Source ?? '',
    destination: mount.Destination ?? '',
    readOnly: mount.RW === false,
  };
}

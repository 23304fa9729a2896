import type { NetworkSummary } from '../../../shared/types.js';
import { dockerTime, labelsOf } from './time.js';

export interface RawNetwork {
  Id: string;
  Name: string;
  Driver?: string;
  Scope?: string;
  Internal?: boolean;
  Attachable?: boolean;
  Ingress?: boolean;
  Created?: string;
  IPAM?: { Config?: Array<{ Subnet?: string; Gateway?: string }> | null } | null;
  Labels?: Record<string, string> | null;
}

// Attached containers are not kept here: they are derived from each container's networks.
export function normalizeNetwork(raw: RawNetwork): NetworkSummary {
  const ipam = raw.IPAM?.Config ?? [];
  return {
    id: raw.Id,
    name: raw.Name,
    driver: raw.Driver ?? '',
    scope: raw.Scope ?? 'local',
    internal: raw.Internal ?? false,
    attachable: raw.Attachable ?? false,
    ingress: raw.Ingress ?? false,
    subnets: ipam.map((config) => config.Subnet ?? '').filter(Boolean),
    gateways: ipam.map((config) => config.Gateway ?? '').filter(Boolean),
    createdAt: dockerTime(raw.Created),
    labels: labelsOf(raw.Labels),
  };
}

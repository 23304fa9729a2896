import type { VolumeSummary } from '../../../shared/types.js';
import { dockerTime, labelsOf } from './time.js';

export interface RawVolume {
  Name: string;
  Driver?: string;
  Mountpoint?: string;
  Scope?: string;
  CreatedAt?: string;
  Labels?: Record<string, string> | null;
}

export function normalizeVolume(raw: RawVolume): VolumeSummary {
  return {
    name: raw.Name,
    driver: raw.Driver ?? 'local',
    mountpoint: raw.Mountpoint ?? '',
    scope: raw.Scope ?? 'local',
    createdAt: dockerTime(raw.CreatedAt),
    labels: labelsOf(raw.Labels),
  };
}

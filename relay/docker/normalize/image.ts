import type { ImageSummary } from '../../../shared/types.js';
import { dockerTime, labelsOf } from './time.js';

export interface RawImageInspect {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created?: string;
  Size?: number;
  Config?: { Labels?: Record<string, string> | null } | null;
}

export function normalizeImage(raw: RawImageInspect): ImageSummary {
  return {
    id: raw.Id,
    tags: (raw.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
    digests: (raw.RepoDigests ?? []).filter((digest) => digest !== '<none>@<none>'),
    createdAt: dockerTime(raw.Created) ?? 0,
    sizeBytes: raw.Size ?? 0,
    labels: labelsOf(raw.Config?.Labels),
  };
}

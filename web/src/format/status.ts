// The status text docker ps shows, derived on the client from state and timestamps (the relay does not
// send it, so it never goes stale between deltas).
import type { ContainerSummary } from '../../../shared/types.js';
import { humanDuration } from './duration.js';

type StatusFields = Pick<ContainerSummary, 'state' | 'health' | 'exitCode' | 'startedAt' | 'finishedAt'>;

/** `Up 5 minutes (healthy)`, `Exited (0) 3 minutes ago`, `Created`, … as of `now`. */
export function statusText(c: StatusFields, now: number): string {
  const since = (at: number | null): string => humanDuration(Math.max(0, now - (at ?? now)));
  switch (c.state) {
    case 'running': {
      if (c.health === 'starting') return `Up ${since(c.startedAt)} (health: starting)`;
      return c.health ? `Up ${since(c.startedAt)} (${c.health})` : `Up ${since(c.startedAt)}`;
    }
    case 'paused':
      return `Up ${since(c.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${c.exitCode ?? 0}) ${since(c.finishedAt)} ago`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    case 'created':
      return 'Created';
    case 'exited':
      if (c.startedAt === null) return 'Created';
      if (c.finishedAt === null) return '';
      return `Exited (${c.exitCode ?? 0}) ${since(c.finishedAt)} ago`;
  }
}

/** Whether a container wants a person's attention, most urgent first (lower is more urgent). */
export function attentionRank(c: ContainerSummary): number | null {
  if (c.health === 'unhealthy') return 0;
  if (c.state === 'restarting' || c.state === 'dead') return 1;
  if (c.oomKilled) return 2;
  if (c.state === 'exited' && c.exitCode !== null && c.exitCode !== 0) return 3;
  return null;
}

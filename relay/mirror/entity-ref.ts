// A reference to one thing the mirror may need to fetch again.
import type { EngineEvent } from '../../shared/types.js';

export type EntityRef =
  | { kind: 'container'; id: string }
  | { kind: 'image'; id: string }
  | { kind: 'volume'; id: string }
  | { kind: 'network'; id: string }
  | { kind: 'engine'; id: '' };

export function refKey(ref: EntityRef): string {
  return `${ref.kind}:${ref.id}`;
}

// Container actions that change nothing the state holds.
const QUIET_CONTAINER_ACTIONS = new Set([
  'exec_create', 'exec_start', 'exec_die', 'exec_detach', 'attach', 'detach', 'resize', 'top',
  'archive-path', 'extract-to-dir', 'export', 'copy', 'commit', 'mount', 'unmount',
]);
const QUIET_IMAGE_ACTIONS = new Set(['push', 'save']);

/** What an event makes stale: only those things are fetched again, never a full re-list. */
export function refsForEvent(event: EngineEvent): EntityRef[] {
  const { type, action, actorId } = event;
  // Prune events carry no actor; the engine also sends one event per removed thing.
  if (!actorId && type !== 'daemon') return [];
  switch (type) {
    case 'container':
      return QUIET_CONTAINER_ACTIONS.has(action) ? [] : [{ kind: 'container', id: actorId }];
    case 'image':
      return QUIET_IMAGE_ACTIONS.has(action) ? [] : [{ kind: 'image', id: actorId }];
    case 'volume':
      // mount/unmount change which containers use a volume, which is derived from containers.
      return action === 'create' || action === 'destroy' ? [{ kind: 'volume', id: actorId }] : [];
    case 'network': {
      const container = event.attributes['container'];
      if (action === 'connect' || action === 'disconnect') return container ? [{ kind: 'container', id: container }] : [];
      return [{ kind: 'network', id: actorId }];
    }
    case 'daemon':
      return [{ kind: 'engine', id: '' }];
    default:
      return [];
  }
}

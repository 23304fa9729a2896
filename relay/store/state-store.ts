// The one versioned EngineState. Changes are staged, then committed together as one revision whose
// RFC 6902 patch is built from the staged changes themselves. Usage ticks are their own revisions with a
// compact message (commitUsage). Each commit is serialized once; every client gets the same bytes.
import { applyPatch, pointer, type PatchOperation } from '../../shared/json-patch.js';
import { stateDelta, stateUpdate, usageDelta, type ChangeMessage } from '../../shared/protocol.js';
import { sameJson } from '../../shared/same-json.js';
import { emptyEngineState } from '../../shared/empty-state.js';
import { MAX_EVENTS, type ContainerUsage, type EngineEvent, type EngineInfo, type EngineState } from '../../shared/types.js';
import { encodeUsageRows } from '../../shared/usage-codec.js';
import { countEntities } from './count-entities.js';
import { DeltaHistory, type HistoryEntry } from './delta-history.js';
import { diffEntity } from './entity-diff.js';
import { liveUsage, staleUsageOperations } from './usage-rows.js';

// Usage is not staged entity by entity: it changes only through commitUsage (and drops out with its container).
export type EntityKind = 'containers' | 'images' | 'volumes' | 'networks';
type EntityOf<K extends EntityKind> = EngineState[K][string];

export interface Commit {
  type: ChangeMessage['type'];
  epoch: string;
  baseRev: number;
  rev: number;
  /** The JSON Patch of an `engine_state_delta`; empty for a usage tick. */
  patch: PatchOperation[];
  /** The serialized message, shared by every client. */
  text: string;
}

interface StagedEntity {
  kind: EntityKind;
  key: string;
  value: object | undefined;
}

export interface StateStoreOptions {
  /** Called whenever something is staged; the coalescer decides when to commit. */
  onStaged?: () => void;
  history?: DeltaHistory;
  epoch?: string;
}

export class StateStore {
  readonly epoch: string;
  private current: EngineState = emptyEngineState();
  private currentRev = 0;
  private snapshotCache: { rev: number; text: string } | undefined;
  private readonly staged = new Map<string, StagedEntity>();
  private stagedEngine: Partial<EngineInfo> = {};
  private stagedEvents: EngineEvent[] = [];
  private readonly listeners = new Set<(commit: Commit) => void>();
  private readonly history: DeltaHistory;
  private readonly onStaged: () => void;

  constructor(options: StateStoreOptions = {}) {
    this.epoch = options.epoch ?? newEpoch();
    this.history = options.history ?? new DeltaHistory();
    this.onStaged = options.onStaged ?? (() => undefined);
  }

  get state(): EngineState {
    return this.current;
  }

  get rev(): number {
    return this.currentRev;
  }

  /** What is committed of an entity, or what is staged for it if newer. */
  peek<K extends EntityKind>(kind: K, key: string): EntityOf<K> | undefined {
    const staged = this.staged.get(stageKey(kind, key));
    if (staged) return staged.value as EntityOf<K> | undefined;
    return this.current[kind][key] as EntityOf<K> | undefined;
  }

  /** Stages an entity's new value; undefined removes it. */
  set<K extends EntityKind>(kind: K, key: string, value: EntityOf<K> | undefined): void {
    this.staged.set(stageKey(kind, key), { kind, key, value });
    this.onStaged();
  }

  updateEngine(partial: Partial<Omit<EngineInfo, 'counts'>>): void {
    Object.assign(this.stagedEngine, partial);
    this.onStaged();
  }

  appendEvent(event: EngineEvent): void {
    this.stagedEvents.push(event);
    this.onStaged();
  }

  subscribe(listener: (commit: Commit) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The deltas after `rev`, serialized, if still held. */
  deltasSince(rev: number): HistoryEntry[] | undefined {
    return this.history.since(rev, this.currentRev);
  }

  /** The current state as a serialized `engine_state_update`, made once per revision. */
  snapshotText(): string {
    if (this.snapshotCache?.rev !== this.currentRev) {
      const text = JSON.stringify(stateUpdate(this.epoch, this.currentRev, this.current));
      this.snapshotCache = { rev: this.currentRev, text };
    }
    return this.snapshotCache.text;
  }

  /** Commits what is staged as one revision; returns nothing when nothing actually changed. */
  commit(): Commit | undefined {
    const patch = [...this.entityOperations(), ...this.engineOperations(), ...this.eventOperations()];
    // Usage rows and counts follow the entities: a commit of events or engine facts only skips both walks.
    const entitiesChanged = this.staged.size > 0;
    this.staged.clear();
    this.stagedEngine = {};
    this.stagedEvents = [];
    if (patch.length === 0) return undefined;
    let next = applyPatch(this.current, patch);
    const stale = entitiesChanged ? staleUsageOperations(next) : [];
    if (stale.length > 0) {
      next = applyPatch(next, stale);
      patch.push(...stale);
    }
    const counts = entitiesChanged ? countEntities(next) : next.engine.counts;
    if (!sameJson(counts, next.engine.counts)) {
      const countsOperation: PatchOperation = { op: 'replace', path: '/engine/counts', value: counts };
      next = applyPatch(next, [countsOperation]);
      patch.push(countsOperation);
    }
    return this.publish(next, 'engine_state_delta', patch, (baseRev, rev) => stateDelta(this.epoch, baseRev, rev, patch));
  }

  /**
   * Commits anything staged, then one usage tick: `state.usage` becomes exactly `usage` (rows of
   * containers that are no longer running are left out). Returns nothing when nothing changed.
   */
  commitUsage(usage: Record<string, ContainerUsage>): Commit | undefined {
    this.commit();
    const rows = liveUsage(this.current, usage);
    if (sameJson(rows, this.current.usage)) return undefined;
    const next = { ...this.current, usage: rows };
    return this.publish(next, 'engine_usage_delta', [], (baseRev, rev) => usageDelta(this.epoch, baseRev, rev, encodeUsageRows(rows)));
  }

  private publish(next: EngineState, type: Commit['type'], patch: PatchOperation[], message: (baseRev: number, rev: number) => ChangeMessage): Commit {
    const baseRev = this.currentRev;
    this.current = next;
    this.currentRev += 1;
    const text = JSON.stringify(message(baseRev, this.currentRev));
    const commit: Commit = { type, epoch: this.epoch, baseRev, rev: this.currentRev, patch, text };
    this.history.push({ baseRev, rev: this.currentRev, text });
    for (const listener of this.listeners) listener(commit);
    return commit;
  }

  private entityOperations(): PatchOperation[] {
    const operations: PatchOperation[] = [];
    for (const { kind, key, value } of this.staged.values()) {
      operations.push(...diffEntity([kind, key], this.current[kind][key], value));
    }
    return operations;
  }

  private engineOperations(): PatchOperation[] {
    const engine = this.current.engine as unknown as Record<string, unknown>;
    return Object.entries(this.stagedEngine)
      .filter(([key, value]) => !sameJson(engine[key], value))
      .map(([key, value]) => ({ op: 'replace', path: pointer('engine', key), value }));
  }

  private eventOperations(): PatchOperation[] {
    // Events that would be trimmed in the same commit are never sent.
    const added = this.stagedEvents.slice(-MAX_EVENTS);
    const overflow = Math.max(0, this.current.events.length + added.length - MAX_EVENTS);
    const removals: PatchOperation[] = Array.from({ length: overflow }, () => ({ op: 'remove', path: '/events/0' }));
    return [...removals, ...added.map((value): PatchOperation => ({ op: 'add', path: '/events/-', value }))];
  }
}

function stageKey(kind: EntityKind, key: string): string {
  return `${kind}\u0000${key}`;
}

function newEpoch(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

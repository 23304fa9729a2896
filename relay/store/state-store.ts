// The one versioned EngineState. Changes are staged, then committed together as one revision whose
// RFC 6902 patch is built from the staged changes themselves. Each commit is serialized once; every
// client gets the same bytes.
import { applyPatch, pointer, type PatchOperation } from '../../shared/json-patch.js';
import { stateDelta, stateUpdate } from '../../shared/protocol.js';
import { sameJson } from '../../shared/same-json.js';
import { emptyEngineState } from '../../shared/empty-state.js';
import { MAX_EVENTS, type EngineEvent, type EngineInfo, type EngineState } from '../../shared/types.js';
import { countEntities } from './count-entities.js';
import { DeltaHistory, type HistoryEntry } from './delta-history.js';
import { diffEntity } from './entity-diff.js';

export type EntityKind = 'containers' | 'images' | 'volumes' | 'networks' | 'usage';
type EntityOf<K extends EntityKind> = EngineState[K][string];

export interface Commit {
  epoch: string;
  baseRev: number;
  rev: number;
  patch: PatchOperation[];
  /** The serialized `engine_state_delta`, shared by every client. */
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
    this.staged.clear();
    this.stagedEngine = {};
    this.stagedEvents = [];
    if (patch.length === 0) return undefined;
    let next = applyPatch(this.current, patch);
    const counts = countEntities(next);
    if (!sameJson(counts, next.engine.counts)) {
      const countsOperation: PatchOperation = { op: 'replace', path: '/engine/counts', value: counts };
      next = applyPatch(next, [countsOperation]);
      patch.push(countsOperation);
    }
    const baseRev = this.currentRev;
    this.current = next;
    this.currentRev += 1;
    const text = JSON.stringify(stateDelta(this.epoch, baseRev, this.currentRev, patch));
    const commit: Commit = { epoch: this.epoch, baseRev, rev: this.currentRev, patch, text };
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

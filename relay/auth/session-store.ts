// Browser sessions: random ids in memory only (a restart signs everyone out), with an idle and an
// absolute lifetime and a bounded count. Ids are stored hashed, so a lookup's timing says nothing.
import { createHash, randomBytes } from 'node:crypto';

export interface SessionStoreOptions {
  idleMs?: number;
  absoluteMs?: number;
  maxSessions?: number;
  now?: () => number;
}

interface SessionRecord {
  readonly createdAt: number;
  lastSeenAt: number;
  /** Called when the session ends: open WebSockets signed in with it close. */
  readonly onEnd: Set<() => void>;
}

export class SessionStore {
  readonly idleMs: number;
  readonly absoluteMs: number;
  private readonly maxSessions: number;
  private readonly now: () => number;
  /** Keyed by the id's hash; Map order is least recently seen first. */
  private readonly records = new Map<string, SessionRecord>();

  constructor(options: SessionStoreOptions = {}) {
    this.idleMs = options.idleMs ?? 24 * 60 * 60_000;
    this.absoluteMs = options.absoluteMs ?? 7 * 24 * 60 * 60_000;
    this.maxSessions = options.maxSessions ?? 1000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.records.size;
  }

  /** Starts a session and returns its id (the cookie value); the least recently seen goes when full. */
  create(): string {
    const id = randomBytes(32).toString('base64url');
    const now = this.now();
    this.records.set(digest(id), { createdAt: now, lastSeenAt: now, onEnd: new Set() });
    while (this.records.size > this.maxSessions) {
      const oldest = this.records.keys().next().value;
      if (oldest === undefined) break;
      this.end(oldest);
    }
    return id;
  }

  /** True when the id names a live session; counts as activity. */
  touch(id: string): boolean {
    const key = digest(id);
    const record = this.records.get(key);
    if (!record) return false;
    if (this.expired(record)) {
      this.end(key);
      return false;
    }
    record.lastSeenAt = this.now();
    this.records.delete(key);
    this.records.set(key, record);
    return true;
  }

  /** Runs `listener` once when the session ends (logout, expiry, eviction); returns a remover. */
  onEnd(id: string, listener: () => void): () => void {
    const record = this.records.get(digest(id));
    if (!record) {
      listener();
      return () => undefined;
    }
    record.onEnd.add(listener);
    return () => record.onEnd.delete(listener);
  }

  revoke(id: string): void {
    this.end(digest(id));
  }

  /** Ends expired sessions; a session with an open WebSocket counts as active (it is in use). */
  sweep(): void {
    const now = this.now();
    for (const [key, record] of this.records) {
      if (record.onEnd.size > 0 && now - record.createdAt < this.absoluteMs) record.lastSeenAt = now;
      if (this.expired(record)) this.end(key);
    }
  }

  clear(): void {
    for (const key of [...this.records.keys()]) this.end(key);
  }

  private expired(record: SessionRecord): boolean {
    const now = this.now();
    return now - record.lastSeenAt >= this.idleMs || now - record.createdAt >= this.absoluteMs;
  }

  private end(key: string): void {
    const record = this.records.get(key);
    if (!record) return;
    this.records.delete(key);
    for (const listener of record.onEnd) listener();
  }
}

function digest(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

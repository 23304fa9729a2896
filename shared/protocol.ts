// Portlight's wire protocol (docs/protocol.md). Message types and tiny pure builders; no I/O.
import type { PatchOperation } from './json-patch.js';
import type { ContainerUsage, EngineState } from './types.js';

/** Bumped on any incompatible change; a relay start with a new version also starts a new epoch. */
export const PROTOCOL_VERSION = 1;

/** A complete state: the first message on a socket, and the body of `GET /api/state`. */
export interface StateUpdateMessage {
  type: 'engine_state_update';
  protocol: number;
  epoch: string;
  rev: number;
  timestamp: string;
  data: EngineState;
}

/** A change from `baseRev` to `rev`: an RFC 6902 patch against `data`. */
export interface StateDeltaMessage {
  type: 'engine_state_delta';
  epoch: string;
  rev: number;
  baseRev: number;
  timestamp: string;
  patch: PatchOperation[];
}

/**
 * One usage tick for all containers, compact: `data.usage` becomes exactly the rows given (ids not
 * listed are removed), each row's numbers in `columns` order. Advances `rev` like a delta.
 */
export interface UsageDeltaMessage {
  type: 'engine_usage_delta';
  epoch: string;
  rev: number;
  baseRev: number;
  timestamp: string;
  columns: readonly UsageColumn[];
  rows: Record<string, number[]>;
}

/** The usage fields, in their wire order. */
export const USAGE_COLUMNS = [
  'cpuPercent', 'memoryBytes', 'memoryLimitBytes', 'memoryPercent',
  'netRxBytes', 'netTxBytes', 'netRxBytesPerSec', 'netTxBytesPerSec',
  'blockReadBytes', 'blockWriteBytes', 'blockReadBytesPerSec', 'blockWriteBytesPerSec', 'pids',
] as const satisfies ReadonlyArray<keyof ContainerUsage>;
export type UsageColumn = (typeof USAGE_COLUMNS)[number];

export interface PongMessage {
  type: 'pong';
}

export interface ErrorMessage {
  type: 'error';
  code: string;
  message: string;
}

/** Messages that move the state from one rev to the next. */
export type ChangeMessage = StateDeltaMessage | UsageDeltaMessage;
export type StateMessage = StateUpdateMessage | ChangeMessage;
export type RelayMessage = StateMessage | PongMessage | ErrorMessage;

export interface PingMessage {
  type: 'ping';
}

export type ClientMessage = PingMessage;

/** How a client asks to be served: deltas (default) or a full state after every change. */
export type StreamMode = 'delta' | 'full';

/** Where a client wants to resume from, if it knows. */
export interface ResumePoint {
  epoch: string;
  rev: number;
}

/** Builds a full-state message. */
export function stateUpdate(epoch: string, rev: number, data: EngineState, now = new Date()): StateUpdateMessage {
  return { type: 'engine_state_update', protocol: PROTOCOL_VERSION, epoch, rev, timestamp: now.toISOString(), data };
}

/** Builds a delta message. */
export function stateDelta(epoch: string, baseRev: number, rev: number, patch: PatchOperation[], now = new Date()): StateDeltaMessage {
  return { type: 'engine_state_delta', epoch, rev, baseRev, timestamp: now.toISOString(), patch };
}

/** Builds a usage tick from rows already in `USAGE_COLUMNS` order. */
export function usageDelta(epoch: string, baseRev: number, rev: number, rows: Record<string, number[]>, now = new Date()): UsageDeltaMessage {
  return { type: 'engine_usage_delta', epoch, rev, baseRev, timestamp: now.toISOString(), columns: USAGE_COLUMNS, rows };
}

/** Builds an error message. */
export function errorMessage(code: string, message: string): ErrorMessage {
  return { type: 'error', code, message };
}

/** The WebSocket query for a stream mode and an optional resume point. */
export function streamQuery(mode: StreamMode, resume?: ResumePoint): string {
  const params = new URLSearchParams();
  if (mode === 'full') params.set('mode', 'full');
  if (resume) {
    params.set('epoch', resume.epoch);
    params.set('rev', String(resume.rev));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

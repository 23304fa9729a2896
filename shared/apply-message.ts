// The one reducer for the protocol: takes the state a client holds and a message from the relay, and
// returns the next state without mutating the old one. Used by the web store, the tests and the bench.
import { applyPatch } from './json-patch.js';
import type { StateMessage } from './protocol.js';
import type { EngineState } from './types.js';
import { decodeUsageRows } from './usage-codec.js';

export interface VersionedState {
  epoch: string;
  rev: number;
  data: EngineState;
}

export type ApplyResult =
  | { ok: true; state: VersionedState }
  /** The message does not follow the held state: resume or resync. */
  | { ok: false; reason: 'gap' | 'epoch' | 'invalid'; message: string };

/** Applies a snapshot, delta or usage tick to the held state. */
export function applyMessage(held: VersionedState | undefined, message: StateMessage): ApplyResult {
  // Within an epoch a rev names one state: a message at or before the held rev is already applied
  // (a resumed socket replaying what a poll already brought, a snapshot racing a newer one).
  if (held && held.epoch === message.epoch && message.rev <= held.rev) return { ok: true, state: held };
  if (message.type === 'engine_state_update') {
    return { ok: true, state: { epoch: message.epoch, rev: message.rev, data: message.data } };
  }
  if (!held || held.epoch !== message.epoch) {
    return { ok: false, reason: 'epoch', message: `delta for epoch ${message.epoch} but holding ${held?.epoch ?? 'nothing'}` };
  }
  if (message.baseRev !== held.rev) {
    return { ok: false, reason: 'gap', message: `delta from rev ${message.baseRev} but holding rev ${held.rev}` };
  }
  try {
    const data = message.type === 'engine_state_delta'
      ? applyPatch(held.data, message.patch)
      : { ...held.data, usage: decodeUsageRows(message) };
    return { ok: true, state: { epoch: held.epoch, rev: message.rev, data } };
  } catch (error) {
    return { ok: false, reason: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
}

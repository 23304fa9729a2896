import { expect, it } from 'vitest';
import { applyMessage, type VersionedState } from './apply-message.js';
import { emptyEngineState } from './empty-state.js';
import { stateDelta, stateUpdate, USAGE_COLUMNS, type UsageDeltaMessage } from './protocol.js';

const snapshot = stateUpdate('e1', 5, emptyEngineState());

function held(): VersionedState {
  const result = applyMessage(undefined, snapshot);
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

it('applies a delta that follows the held rev', () => {
  const result = applyMessage(held(), stateDelta('e1', 5, 6, [{ op: 'replace', path: '/engine/name', value: 'box' }]));
  expect(result.ok && result.state.rev).toBe(6);
  expect(result.ok && result.state.data.engine.name).toBe('box');
});

it('reports a gap and an epoch change instead of applying', () => {
  expect(applyMessage(held(), stateDelta('e1', 6, 7, []))).toMatchObject({ ok: false, reason: 'gap' });
  expect(applyMessage(held(), stateDelta('e2', 5, 6, []))).toMatchObject({ ok: false, reason: 'epoch' });
  expect(applyMessage(undefined, stateDelta('e1', 5, 6, []))).toMatchObject({ ok: false, reason: 'epoch' });
  expect(applyMessage(held(), stateDelta('e1', 5, 6, [{ op: 'remove', path: '/containers/nope' }]))).toMatchObject({ ok: false, reason: 'invalid' });
});

it('rebuilds usage exactly from a usage tick', () => {
  const tick: UsageDeltaMessage = {
    type: 'engine_usage_delta', epoch: 'e1', baseRev: 5, rev: 6, timestamp: '', columns: USAGE_COLUMNS,
    rows: { abc: USAGE_COLUMNS.map((_, index) => index + 0.5) },
  };
  const result = applyMessage(held(), tick);
  expect(result.ok && result.state.data.usage['abc']).toMatchObject({ cpuPercent: 0.5, memoryBytes: 1.5, pids: 12.5 });
});

it('treats a message at or before the held rev of the same epoch as already applied', () => {
  const ahead = applyMessage(held(), stateDelta('e1', 5, 6, [{ op: 'replace', path: '/engine/name', value: 'new' }]));
  if (!ahead.ok) throw new Error(ahead.message);
  // A resumed socket replays 5→6, then an older snapshot arrives: neither moves the state back.
  expect(applyMessage(ahead.state, stateDelta('e1', 5, 6, [{ op: 'replace', path: '/engine/name', value: 'old' }]))).toEqual({ ok: true, state: ahead.state });
  expect(applyMessage(ahead.state, stateUpdate('e1', 5, emptyEngineState()))).toEqual({ ok: true, state: ahead.state });
  // A newer snapshot, or any snapshot of another epoch, replaces it.
  expect(applyMessage(ahead.state, stateUpdate('e2', 1, emptyEngineState()))).toMatchObject({ ok: true, state: { epoch: 'e2', rev: 1 } });
});

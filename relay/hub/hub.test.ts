// The hub with real stores and links we own (no sockets needed to test who gets which bytes).
import { describe, expect, it } from 'vitest';
import { DeltaHistory } from '../store/delta-history.js';
import { StateStore } from '../store/state-store.js';
import { anEvent } from '../store/test-entities.js';
import type { ClientLink } from './client-link.js';
import { Hub } from './hub.js';

class RecordingLink implements ClientLink {
  sent: string[] = [];
  closed: { code: number; reason: string } | undefined;
  bufferedAmount = 0;
  send(text: string): void {
    this.sent.push(text);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
  types(): string[] {
    return this.sent.map((text) => (JSON.parse(text) as { type: string }).type);
  }
}

function change(store: StateStore, n: number): void {
  store.appendEvent(anEvent(n));
  store.commit();
}

describe('Hub', () => {
  it('gives every delta client the same bytes, and full-mode clients the whole state', () => {
    const store = new StateStore({ epoch: 'e1' });
    const hub = new Hub(store);
    const a = new RecordingLink();
    const b = new RecordingLink();
    const full = new RecordingLink();
    hub.attach(a, { mode: 'delta' });
    hub.attach(b, { mode: 'delta' });
    hub.attach(full, { mode: 'full' });
    change(store, 1);
    expect(a.sent).toEqual(b.sent);
    expect(a.types()).toEqual(['engine_state_update', 'engine_state_delta']);
    expect(full.types()).toEqual(['engine_state_update', 'engine_state_update']);
    expect(full.sent[1]).toBe(store.snapshotText());
  });

  it('resumes with the missed deltas, or a snapshot when they are gone or the epoch differs', () => {
    const store = new StateStore({ epoch: 'e1', history: new DeltaHistory(2) });
    const hub = new Hub(store);
    for (let n = 1; n <= 5; n += 1) change(store, n);
    const recent = new RecordingLink();
    hub.attach(recent, { mode: 'delta', resume: { epoch: 'e1', rev: 3 } });
    expect(recent.types()).toEqual(['engine_state_delta', 'engine_state_delta']);
    const tooOld = new RecordingLink();
    hub.attach(tooOld, { mode: 'delta', resume: { epoch: 'e1', rev: 1 } });
    expect(tooOld.types()).toEqual(['engine_state_update']);
    const otherEpoch = new RecordingLink();
    hub.attach(otherEpoch, { mode: 'delta', resume: { epoch: 'e0', rev: 4 } });
    expect(otherEpoch.types()).toEqual(['engine_state_update']);
  });

  it('closes a client that stopped reading, with a code that says resume, and forgets it', () => {
    const store = new StateStore({ epoch: 'e1' });
    const hub = new Hub(store, { maxBufferedBytes: 1000 });
    const counts: number[] = [];
    hub.onClientCount((count) => counts.push(count));
    const slow = new RecordingLink();
    const fine = new RecordingLink();
    hub.attach(slow, { mode: 'delta' });
    hub.attach(fine, { mode: 'delta' });
    slow.bufferedAmount = 5000;
    change(store, 1);
    expect(slow.closed?.code).toBe(4008);
    expect(slow.sent).toHaveLength(1);
    expect(fine.sent).toHaveLength(2);
    expect(hub.clientCount).toBe(1);
    expect(counts).toEqual([1, 2, 1]);
  });

  it('answers ping with pong and anything else with an error', () => {
    const store = new StateStore({ epoch: 'e1' });
    const hub = new Hub(store);
    const link = new RecordingLink();
    const session = hub.attach(link, { mode: 'delta' });
    hub.receive(session, '{"type":"ping"}');
    hub.receive(session, '[1,2');
    hub.receive(session, '{"type":"hello"}');
    expect(link.sent.slice(1).map((text) => JSON.parse(text) as { type: string; code?: string })).toEqual([
      { type: 'pong' },
      expect.objectContaining({ type: 'error', code: 'BAD_JSON' }),
      expect.objectContaining({ type: 'error', code: 'UNKNOWN_TYPE' }),
    ]);
  });
});

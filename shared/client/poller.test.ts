import { describe, expect, it } from 'vitest';
import { emptyEngineState } from '../empty-state.js';
import { stateUpdate, type StateUpdateMessage } from '../protocol.js';
import { FakeClock } from './fake-clock.js';
import { Poller } from './poller.js';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

function setup() {
  const clock = new FakeClock();
  const requests: Array<{ resolve: (m: StateUpdateMessage) => void; reject: (e: Error) => void }> = [];
  const seen: string[] = [];
  const poller = new Poller({
    clock, intervalMs: 1000,
    fetchState: () => new Promise((resolve, reject) => requests.push({ resolve, reject })),
    onState: (message) => void seen.push(`state ${message.rev}`),
    onFailure: () => void seen.push('failure'),
  });
  return { clock, requests, seen, poller };
}

describe('Poller', () => {
  it('polls at once, then every interval after each answer, one request at a time', async () => {
    const { clock, requests, seen, poller } = setup();
    poller.start();
    poller.pollNow();
    expect(requests).toHaveLength(1);
    requests[0]?.resolve(stateUpdate('e', 1, emptyEngineState()));
    await settle();
    expect(poller.ok).toBe(true);
    clock.advance(1000);
    expect(requests).toHaveLength(2);
    requests[1]?.reject(new Error('down'));
    await settle();
    expect(poller.ok).toBe(false);
    expect(seen).toEqual(['state 1', 'failure']);
  });

  it('ignores an answer that arrives after it stopped', async () => {
    const { clock, requests, seen, poller } = setup();
    poller.start();
    poller.stop();
    requests[0]?.resolve(stateUpdate('e', 1, emptyEngineState()));
    await settle();
    clock.advance(5000);
    expect(seen).toEqual([]);
    expect(poller.ok).toBeNull();
    expect(requests).toHaveLength(1);
  });
});

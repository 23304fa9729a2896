import { describe, expect, it } from 'vitest';
import { emptyEngineState } from '../empty-state.js';
import { stateDelta, stateUpdate, type StateUpdateMessage } from '../protocol.js';
import { FakeClock } from './fake-clock.js';
import { fakeSockets } from './fake-socket.js';
import { PortlightClient, type ClientOptions } from './portlight-client.js';

const snapshot = (epoch: string, rev: number): StateUpdateMessage => stateUpdate(epoch, rev, emptyEngineState());
const renameEngine = (epoch: string, baseRev: number, name: string) =>
  stateDelta(epoch, baseRev, baseRev + 1, [{ op: 'replace', path: '/engine/name', value: name }]);

function setup(options: Partial<ClientOptions> = {}) {
  const clock = new FakeClock();
  const sockets = fakeSockets();
  const polls: Array<{ resolve: (message: StateUpdateMessage) => void; reject: (error: Error) => void }> = [];
  const client = new PortlightClient({
    socketUrl: 'ws://relay/ws', openSocket: sockets.open, clock,
    fetchState: () => new Promise((resolve, reject) => polls.push({ resolve, reject })),
    backoff: { initialMs: 100, maxMs: 1000, jitter: 0 },
    ...options,
  });
  return { clock, sockets, polls, client, phase: () => client.snapshot.status.phase };
}

describe('PortlightClient', () => {
  it('applies a snapshot, then deltas in order', () => {
    const { client, sockets, phase } = setup();
    client.start();
    expect(phase()).toBe('connecting');
    expect(sockets.last().url).toBe('ws://relay/ws');
    sockets.last().open();
    expect(sockets.last().sent).toEqual(['{"type":"ping"}']);
    sockets.last().receive(snapshot('e1', 5));
    expect(phase()).toBe('live');
    sockets.last().receive(renameEngine('e1', 5, 'box'));
    expect(client.snapshot.state).toMatchObject({ epoch: 'e1', rev: 6, data: { engine: { name: 'box' } } });
  });

  it('resyncs on a gap by resuming from the rev it holds', () => {
    const { client, sockets } = setup();
    client.start();
    sockets.last().open();
    sockets.last().receive(snapshot('e1', 5));
    sockets.last().receive(renameEngine('e1', 7, 'late'));
    expect(sockets.sockets[0]?.closedByClient).toBe(true);
    expect(sockets.sockets).toHaveLength(2);
    expect(sockets.last().url).toBe('ws://relay/ws?epoch=e1&rev=5');
    expect(client.snapshot.state?.rev).toBe(5);
  });

  it('asks for a snapshot after a delta that does not apply', () => {
    const { client, sockets } = setup();
    client.start();
    sockets.last().open();
    sockets.last().receive(snapshot('e1', 5));
    sockets.last().receive(stateDelta('e1', 5, 6, [{ op: 'remove', path: '/containers/nope' }]));
    expect(sockets.last().url).toBe('ws://relay/ws');
  });

  it('resumes from a cached state, which it shows before any message', () => {
    const { client, sockets } = setup();
    const cached = { epoch: 'old', rev: 40, data: emptyEngineState() };
    client.start(cached, 123);
    expect(client.snapshot.state).toBe(cached);
    expect(client.snapshot.confirmedAt).toBe(123);
    expect(sockets.last().url).toBe('ws://relay/ws?epoch=old&rev=40');
    sockets.last().open();
    sockets.last().receive(snapshot('new', 1));
    expect(client.snapshot.state?.epoch).toBe('new');
  });

  it('declares a silent link dead and retries with growing delays', () => {
    const { client, sockets, clock, phase } = setup({ pingIntervalMs: 1000, deadAfterMs: 2500, pollAfterFailures: 10 });
    client.start();
    sockets.last().open();
    sockets.last().receive(snapshot('e1', 1));
    clock.advance(2000);
    expect(sockets.last().sent.filter((text) => text === '{"type":"ping"}')).toHaveLength(3);
    clock.advance(550);
    expect(phase()).toBe('reconnecting');
    expect(client.snapshot.status).toMatchObject({ attempt: 1, nextRetryAt: clock.now() + 50 });
    clock.advance(50);
    expect(sockets.sockets).toHaveLength(2);
    sockets.last().drop();
    expect(client.snapshot.status).toMatchObject({ attempt: 2, nextRetryAt: clock.now() + 200 });
  });

  it('resets the backoff only after the link has held a while', () => {
    const { client, sockets, clock } = setup({ stableAfterMs: 5000, pollAfterFailures: 10 });
    client.start();
    sockets.last().drop();
    clock.advance(100);
    sockets.last().open();
    sockets.last().receive(snapshot('e1', 1));
    expect(client.snapshot.status.attempt).toBe(1);
    clock.advance(1000);
    sockets.last().drop();
    expect(client.snapshot.status.attempt).toBe(2);
    clock.advance(200);
    sockets.last().open();
    sockets.last().receive(snapshot('e1', 1));
    clock.advance(5000);
    expect(client.snapshot.status.attempt).toBe(0);
  });

  it('polls /api/state while WebSocket keeps failing, and goes back to live when it works', async () => {
    const { client, sockets, clock, polls, phase } = setup({ pollAfterFailures: 2, pollingRetryMs: 5000, pollIntervalMs: 1000 });
    client.start();
    sockets.last().drop();
    clock.advance(100);
    sockets.last().drop();
    expect(polls).toHaveLength(1);
    expect(client.snapshot.status.nextRetryAt).toBe(clock.now() + 5000);
    polls[0]?.resolve(snapshot('e1', 3));
    await Promise.resolve();
    await Promise.resolve();
    expect(phase()).toBe('polling');
    expect(client.snapshot.state?.rev).toBe(3);
    await settle();
    clock.advance(1000);
    expect(polls).toHaveLength(2);
    polls[1]?.reject(new Error('refused'));
    await settle();
    expect(phase()).toBe('offline');
    clock.advance(4000);
    expect(sockets.last().url).toBe('ws://relay/ws?epoch=e1&rev=3');
    sockets.last().open();
    sockets.last().receive(renameEngine('e1', 3, 'back'));
    expect(phase()).toBe('live');
    const pollsBefore = polls.length;
    clock.advance(10_000);
    expect(polls).toHaveLength(pollsBefore);
  });

  it('checks at once when asked: a waiting retry runs now, a live link is probed', () => {
    const { client, sockets, clock, phase } = setup({ probeTimeoutMs: 500, backoff: { initialMs: 60_000, jitter: 0 } });
    client.start();
    sockets.last().drop();
    client.checkNow();
    expect(sockets.sockets).toHaveLength(2);
    sockets.last().open();
    sockets.last().receive(snapshot('e1', 1));
    client.setNetworkOnline(false);
    expect(sockets.last().sent.at(-1)).toBe('{"type":"ping"}');
    clock.advance(500);
    expect(phase()).toBe('offline');
  });

  it('ignores frames from a socket it gave up on', () => {
    const { client, sockets } = setup();
    client.start();
    const first = sockets.last();
    first.drop();
    first.receive(snapshot('stale', 1));
    expect(client.snapshot.state).toBeUndefined();
  });

  it('recovers when a socket adapter reports the close before it returns, or throws', () => {
    const sockets = fakeSockets();
    let attempts = 0;
    const { client, clock } = setup({
      openSocket: (url, handlers) => {
        attempts += 1;
        if (attempts === 1) {
          handlers.close(1006, '');
          return { send: () => undefined, close: () => undefined };
        }
        if (attempts === 2) throw new Error('cannot open');
        return sockets.open(url, handlers);
      },
    });
    client.start();
    for (let i = 0; i < 20 && sockets.sockets.length === 0; i += 1) clock.advance(1000);
    expect(sockets.sockets).toHaveLength(1);
    sockets.last().open();
    sockets.last().receive(snapshot('e1', 1));
    expect(client.snapshot.status.phase).toBe('live');
  });
});

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

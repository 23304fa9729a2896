// Speed with 1,000 containers: first render, and main-thread tasks while 100 changes a second arrive.
import { assert } from 'chai';
import { emptyEngineState } from '../../shared/empty-state.js';
import { pointer } from '../../shared/json-patch.js';
import { USAGE_COLUMNS, stateDelta, stateUpdate } from '../../shared/protocol.js';
import type { EngineState } from '../../shared/types.js';
import { encodeUsageRows } from '../../shared/usage-codec.js';
import { mountApp, type AppHarness } from './shell/test/app-harness.js';
import { deepText, framesUntil } from './shell/test/deep.js';
import { container, usage } from './views/test/fixture.js';

const COUNT = 1000;

function bigState(): EngineState {
  const state = emptyEngineState();
  const containers = Array.from({ length: COUNT }, (_, n) => container(n, { id: n.toString(16).padStart(64, '0'), name: `perf-${String(n).padStart(4, '0')}` }));
  return {
    ...state,
    engine: { ...state.engine, reachable: true, error: null },
    containers: Object.fromEntries(containers.map((c) => [c.id, c])),
    usage: Object.fromEntries(containers.map((c, n) => [c.id, usage(n % 100, 1_000_000 + n)])),
  };
}

const report = (line: string): void => {
  // eslint-disable-next-line no-console -- the measurement is the point of this test
  console.log(`perf: ${line}`);
};

describe('<pl-app> with 1,000 containers', () => {
  let harness: AppHarness | undefined;
  afterEach(() => {
    harness?.remove();
    harness = undefined;
  });

  it('renders the first screen quickly and keeps tasks short under 100 changes a second', async function () {
    this.timeout(20_000);
    // Long tasks are wall-clock: on a 2-core machine another process (a dockerd shutting down, the test
    // server) can stretch one. A real regression fails every try; contention rarely hits three in a row.
    this.retries(2);
    harness = await mountApp('/containers');
    const socket = harness.sockets.last();
    socket.open();
    const state = bigState();
    const text = JSON.stringify(stateUpdate('e', 1, state));
    const started = performance.now();
    socket.receive(text);
    await framesUntil(() => deepText(harness!.app).includes('perf-0000'), 'the first row');
    const firstRender = performance.now() - started;
    report(`1,000 containers: first rows on screen ${firstRender.toFixed(0)} ms after the snapshot arrived (${(text.length / 1024).toFixed(0)} KiB)`);
    assert.isBelow(firstRender, 200);

    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const ids = Object.keys(state.containers);
    let rev = 1;
    let n = 0;
    const timer = setInterval(() => {
      const id = ids[n % ids.length] ?? '';
      const running = Math.floor(n / ids.length) % 2 === 1;
      const event = { time: Date.now(), type: 'container', action: running ? 'start' : 'die', actorId: id, name: `app-${n}`, attributes: {} };
      const patch = [
        { op: 'replace' as const, path: pointer('containers', id, 'state'), value: running ? 'running' : 'exited' },
        { op: 'add' as const, path: '/events/-', value: event },
        ...(n >= 200 ? [{ op: 'remove' as const, path: '/events/0' }] : []),
      ];
      socket.receive(JSON.stringify(stateDelta('e', rev, rev + 1, patch)));
      rev += 1;
      n += 1;
      if (n % 100 === 0) {
        const rows = encodeUsageRows(Object.fromEntries(ids.map((cid, i) => [cid, usage((i + n) % 100, 2_000_000 + i)])));
        socket.receive(JSON.stringify({ type: 'engine_usage_delta', epoch: 'e', rev: rev + 1, baseRev: rev, timestamp: '', columns: USAGE_COLUMNS, rows }));
        rev += 1;
      }
    }, 10);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    clearInterval(timer);
    await framesUntil(() => true, 'a frame');
    observer.disconnect();
    assert.equal(harness.store.view.rev, rev, 'every change applied, none lost');
    report(`${n} changes in 3 s: ${longTasks.length} tasks over 50 ms${longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ''}`);
    assert.deepEqual(longTasks.filter((ms) => ms > 50), []);
  });
});

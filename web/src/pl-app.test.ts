import { assert } from 'chai';
import { emptyEngineState } from '../../shared/empty-state.js';
import { pointer } from '../../shared/json-patch.js';
import { stateDelta, stateUpdate } from '../../shared/protocol.js';
import type { EngineState } from '../../shared/types.js';
import { mountApp, type AppHarness } from './shell/test/app-harness.js';
import { deepQuery, deepText, framesUntil } from './shell/test/deep.js';
import { container } from './views/test/fixture.js';

function liveState(): EngineState {
  const state = emptyEngineState();
  const one = container(1, { name: 'alpha' });
  return { ...state, engine: { ...state.engine, reachable: true, error: null }, containers: { [one.id]: one } };
}

const statusOf = (harness: AppHarness): string | null | undefined =>
  deepQuery(harness.app, 'pl-status')?.shadowRoot?.querySelector('[data-status]')?.getAttribute('data-status');

describe('<pl-app>', () => {
  let harness: AppHarness | undefined;
  afterEach(() => {
    harness?.remove();
    harness = undefined;
  });

  it('shows the cached state at once, marked stale, then goes live', async () => {
    const cached = { epoch: 'old', rev: 3, asOf: Date.now() - 120_000, data: liveState() };
    harness = await mountApp('/containers', cached);
    await framesUntil(() => deepText(harness!.app).includes('alpha'), 'the cached container');
    assert.equal(statusOf(harness), 'connecting');
    assert.match(deepText(harness.app), /data as of \d\d:\d\d \(2 minutes ago\)/);
    assert.equal(harness.sockets.last().url, 'ws://relay.test/ws?epoch=old&rev=3');
    harness.sockets.last().open();
    harness.sockets.last().receive(stateUpdate('new', 1, liveState()));
    await framesUntil(() => statusOf(harness!) === 'live', 'live');
  });

  it('routes links from the nav and from inside views without a reload, and back', async () => {
    harness = await mountApp('/');
    harness.sockets.last().open();
    harness.sockets.last().receive(stateUpdate('e', 1, liveState()));
    await harness.app.updateComplete;
    assert.ok(deepQuery(harness.app, 'main pl-overview'));
    deepQuery(harness.app, 'pl-nav')?.shadowRoot?.querySelector<HTMLAnchorElement>('a[href="/images"]')?.click();
    await harness.app.updateComplete;
    assert.equal(window.location.pathname, '/images');
    assert.ok(deepQuery(harness.app, 'main pl-images'));
    assert.equal(deepQuery(harness.app, 'pl-nav')?.shadowRoot?.querySelector('[aria-current="page"]')?.textContent, 'Images');

    const id = Object.keys(liveState().containers)[0] ?? '';
    const link = document.createElement('a');
    link.href = `/containers/${id}`;
    harness.app.shadowRoot?.querySelector('main')?.append(link);
    link.click();
    await harness.app.updateComplete;
    const detail = deepQuery<HTMLElement & { containerId: string }>(harness.app, 'pl-container-detail');
    assert.equal(detail?.containerId, id);

    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    await harness.app.updateComplete;
    assert.ok(deepQuery(harness.app, 'main pl-images'));
  });

  it('brings a delta for one container to the DOM within a frame', async () => {
    harness = await mountApp('/containers');
    harness.sockets.last().open();
    harness.sockets.last().receive(stateUpdate('e', 1, liveState()));
    await framesUntil(() => deepText(harness!.app).includes('alpha'), 'the first container');
    const fresh = container(2, { name: 'fresh-one' });
    harness.sockets.last().receive(stateDelta('e', 1, 2, [{ op: 'add', path: pointer('containers', fresh.id), value: fresh }]));
    const frames = await framesUntil(() => deepText(harness!.app).includes('fresh-one'), 'the new container');
    assert.isAtMost(frames, 1, `the delta took ${frames} frames to show`);
  });

  it('shows a page for an unknown path', async () => {
    harness = await mountApp('/nowhere');
    await harness.app.updateComplete;
    assert.include(deepText(harness.app), 'Nothing lives at /nowhere');
  });
});

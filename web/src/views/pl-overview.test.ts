/// <reference types="mocha" />
import { assert } from 'chai';
import './pl-overview.js';
import type { PlOverview } from './pl-overview.js';
import { fixtureState, withContainer } from './test/fixture.js';
import { mount, seriousViolations, settle, type Mounted } from './test/mount.js';

const text = (el: HTMLElement) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('pl-overview', () => {
  let m: Mounted<PlOverview>;
  afterEach(() => m.remove());

  it('shows engine, counts, disk, usage totals and unhealthy containers first', async () => {
    m = mount('pl-overview', fixtureState());
    await settle(m.element);
    const t = text(m.element);
    assert.include(t, 'testhost');
    assert.include(t, 'Docker 20.10.24');
    assert.include(t, '3 running');
    assert.include(t, '1 stopped');
    assert.include(t, '4.20 MiB', 'images on disk');
    assert.match(t, /CPU\s*14\.[23]%/, 'CPU total');
    const attention = [...m.element.shadowRoot!.querySelectorAll('.attention li a')].map((a) => a.textContent);
    assert.deepEqual(attention, ['shop-db-1', 'old-job']);
  });

  it('says when the engine is unreachable', async () => {
    const state = fixtureState();
    m = mount('pl-overview', { ...state, engine: { ...state.engine, reachable: false, error: 'cannot connect to /var/run/docker.sock' } });
    await settle(m.element);
    assert.include(m.element.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '', 'cannot connect');
  });

  it('updates when a container turns unhealthy', async () => {
    const state = fixtureState();
    m = mount('pl-overview', state);
    await settle(m.element);
    const lonely = Object.values(state.containers).find((c) => c.name === 'lonely')!;
    m.setState(withContainer(state, lonely.id, { health: 'unhealthy' }));
    await settle(m.element);
    const attention = [...m.element.shadowRoot!.querySelectorAll('.attention li a')].map((a) => a.textContent);
    assert.deepEqual(attention, ['lonely', 'shop-db-1', 'old-job']);
  });

  it('waits politely before the first state', async () => {
    m = mount('pl-overview', null);
    await settle(m.element);
    assert.include(text(m.element), 'Waiting for the first state');
  });

  it('has no serious accessibility violations', async () => {
    m = mount('pl-overview', fixtureState());
    await settle(m.element);
    assert.deepEqual(await seriousViolations(m.wrapper), []);
  });
});

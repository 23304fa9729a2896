/// <reference types="mocha" />
import { assert } from 'chai';
import './pl-container-detail.js';
import type { PlContainerDetail } from './pl-container-detail.js';
import { fixtureState, withContainer } from './test/fixture.js';
import { mount, seriousViolations, settle, type Mounted } from './test/mount.js';

const text = (el: HTMLElement) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const web = () => Object.values(fixtureState().containers).find((c) => c.name === 'shop-web-1')!;

describe('pl-container-detail', () => {
  let m: Mounted<PlContainerDetail>;
  afterEach(() => m.remove());

  function show(state = fixtureState(), id = web().id): void {
    m = mount('pl-container-detail', state);
    m.element.containerId = id;
  }

  it('shows the summary, usage, networks, mounts, labels and its own events', async () => {
    show();
    await settle(m.element);
    const t = text(m.element);
    assert.include(t, 'shop-web-1');
    assert.include(t, 'Up 2 hours');
    assert.include(t, '0.0.0.0:8080->80/tcp');
    assert.include(t, '12.5%');
    assert.include(t, '172.18.0.2');
    assert.include(t, '/data');
    assert.include(t, 'com.docker.compose.project');
    const actions = [...m.element.shadowRoot!.querySelectorAll('.events strong')].map((s) => s.textContent);
    assert.deepEqual(actions, ['start', 'create'], 'its events only, newest first');
    assert.equal(m.element.shadowRoot!.querySelector('a[href="/volumes"]')?.textContent, 'shop-data');
  });

  it('follows changes to the container', async () => {
    const state = fixtureState();
    show(state);
    await settle(m.element);
    m.setState(withContainer(state, web().id, { state: 'paused' }));
    await settle(m.element);
    assert.equal(m.element.shadowRoot!.querySelector('[data-state]')!.getAttribute('data-state'), 'paused');
    assert.include(text(m.element), '(Paused)');
  });

  it('says so when the container is gone', async () => {
    show(fixtureState(), 'f'.repeat(64));
    await settle(m.element);
    assert.include(text(m.element), 'Container not found');
  });

  it('has no serious accessibility violations', async () => {
    show();
    await settle(m.element);
    assert.deepEqual(await seriousViolations(m.wrapper), []);
  });
});

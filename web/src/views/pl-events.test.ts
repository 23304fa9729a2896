/// <reference types="mocha" />
import { assert } from 'chai';
import './pl-events.js';
import type { PlEvents } from './pl-events.js';
import { fixtureState } from './test/fixture.js';
import { mount, seriousViolations, settle, type Mounted } from './test/mount.js';

const actions = (el: PlEvents) => [...el.shadowRoot!.querySelectorAll('.log .action')].map((a) => a.textContent);

describe('pl-events', () => {
  let m: Mounted<PlEvents>;
  afterEach(() => m.remove());

  it('lists events newest first, linking containers', async () => {
    m = mount('pl-events', fixtureState());
    await settle(m.element);
    assert.deepEqual(actions(m.element), ['health_status', 'die', 'start', 'create']);
    assert.match(m.element.shadowRoot!.querySelector('.log a')!.getAttribute('href')!, /^\/containers\/[0-9a-fc]{64}$/);
  });

  it('filters by action and name', async () => {
    m = mount('pl-events', fixtureState());
    await settle(m.element);
    const [, actionSelect] = m.element.shadowRoot!.querySelectorAll('select');
    actionSelect!.value = 'start';
    actionSelect!.dispatchEvent(new Event('change'));
    await settle(m.element);
    assert.deepEqual(actions(m.element), ['start']);
    actionSelect!.value = '';
    actionSelect!.dispatchEvent(new Event('change'));
    const input = m.element.shadowRoot!.querySelector('input')!;
    input.value = 'old';
    input.dispatchEvent(new Event('input'));
    await settle(m.element);
    assert.deepEqual(actions(m.element), ['die']);
  });

  it('puts a new event on top, highlighted', async () => {
    const state = fixtureState();
    m = mount('pl-events', state);
    await settle(m.element);
    const last = state.events.at(-1)!;
    m.setState({ ...state, events: [...state.events, { ...last, time: Date.now(), action: 'kill' }] });
    await settle(m.element);
    assert.equal(actions(m.element)[0], 'kill');
    assert.isTrue(m.element.shadowRoot!.querySelector('.log li')!.classList.contains('fresh'));
  });

  it('has no serious accessibility violations', async () => {
    m = mount('pl-events', fixtureState());
    await settle(m.element);
    assert.deepEqual(await seriousViolations(m.wrapper), []);
  });
});

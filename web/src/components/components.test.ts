/// <reference types="mocha" />
import { assert } from 'chai';
import { html, render } from 'lit';
import { flash } from './flash.js';
import { recordUsage, seedUsageHistory, usageSeries } from '../data/usage-history.js';
import type { ContainerUsage } from '../../../shared/types.js';
import { healthBadge, stateBadge } from './badges.js';
import { sparkline } from './sparkline.js';

const use = (cpuPercent: number) => ({ cpuPercent, memoryBytes: cpuPercent * 10 }) as ContainerUsage;

describe('components', () => {
  it('state and health badges carry an icon and a word, not colour alone', () => {
    const host = document.createElement('div');
    render(html`${stateBadge('exited')}${healthBadge('unhealthy')}${healthBadge(null)}`, host);
    assert.deepEqual([...host.querySelectorAll('.badge')].map((b) => b.textContent), ['■exited', '!unhealthy']);
    assert.equal(host.querySelector('.icon')!.getAttribute('aria-hidden'), 'true');
  });

  it('sparkline draws a line once it has two points', () => {
    const host = document.createElement('div');
    render(sparkline([1]), host);
    assert.isNull(host.querySelector('polyline'));
    render(sparkline([1, 3, 2]), host);
    assert.equal(host.querySelector('polyline')!.getAttribute('points')!.split(' ').length, 3);
  });

  it('flash animates an element only when its value changes', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const a = {};
    const view = (v: object) => render(html`<p ${flash(v)}>x</p>`, host);
    view(a);
    const p = host.querySelector('p')!;
    assert.lengthOf(p.getAnimations(), 0, 'not on first render');
    view(a);
    assert.lengthOf(p.getAnimations(), 0, 'not when unchanged');
    view({});
    assert.lengthOf(p.getAnimations(), 1, 'when changed');
    host.remove();
  });

  it('usage history appends each tick once and forgets stopped containers', () => {
    seedUsageHistory({ a: { cpu: [1, 2], memory: [10, 20] } });
    const tick = { a: use(3), b: use(5) };
    recordUsage(tick);
    recordUsage(tick);
    assert.deepEqual(usageSeries('a').cpu, [1, 2, 3]);
    assert.deepEqual(usageSeries('b').memory, [50]);
    recordUsage({ b: use(6) });
    assert.deepEqual(usageSeries('a').cpu, []);
    assert.deepEqual(usageSeries('b').cpu, [5, 6]);
  });
});

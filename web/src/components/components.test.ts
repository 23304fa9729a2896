/// <reference types="mocha" />
import { assert } from 'chai';
import { html, render } from 'lit';
import { flash } from './flash.js';
import { recordUsage, seedUsageHistory, usageSeries } from './usage-history.js';
import type { PlStateBadge } from './pl-state-badge.js';
import type { PlSparkline } from './pl-sparkline.js';
import type { ContainerUsage } from '../../../shared/types.js';
import './pl-state-badge.js';
import './pl-health-badge.js';
import './pl-sparkline.js';

const use = (cpuPercent: number) => ({ cpuPercent, memoryBytes: cpuPercent * 10 }) as ContainerUsage;

describe('components', () => {
  it('state badge carries an icon and a word, not colour alone', async () => {
    const badge = document.createElement('pl-state-badge') as PlStateBadge;
    badge.state = 'exited';
    document.body.append(badge);
    await badge.updateComplete;
    assert.equal(badge.shadowRoot!.textContent?.trim(), '■exited');
    assert.equal(badge.shadowRoot!.querySelector('.icon')!.getAttribute('aria-hidden'), 'true');
    badge.remove();
  });

  it('sparkline draws a line once it has two points', async () => {
    const line = document.createElement('pl-sparkline') as PlSparkline;
    document.body.append(line);
    line.values = [1];
    await line.updateComplete;
    assert.isNull(line.shadowRoot!.querySelector('polyline'));
    line.values = [1, 3, 2];
    await line.updateComplete;
    assert.equal(line.shadowRoot!.querySelector('polyline')!.getAttribute('points')!.split(' ').length, 3);
    line.remove();
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

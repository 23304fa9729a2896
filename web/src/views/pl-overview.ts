// The host at a glance: engine facts, counts, disk, host usage totals, and what needs attention first.
import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ContainerSummary, EngineState } from '../../../shared/types.js';
import { storeViewContext } from '../data/store-view.js';
import { formatBytes, formatPercent, formatRate } from '../format/bytes.js';
import { attentionRank, statusText } from '../format/status.js';
import { healthBadge, stateBadge } from '../components/badges.js';
import { flash } from '../components/flash.js';
import { NowController } from '../components/now-controller.js';
import { hostTotals } from '../format/usage-totals.js';
import { styles } from './pl-overview.styles.js';

/** The attention list stays short; the containers view has the rest. */
const ATTENTION_LIMIT = 20;

export class PlOverview extends LitElement {
  static override styles = styles;
  readonly #store = new ContextConsumer(this, { context: storeViewContext, subscribe: true });
  readonly #clock = new NowController(this);

  override render() {
    const state = this.#store.value?.state ?? null;
    if (!state) return html`<h1>Overview</h1><p class="empty">Waiting for the first state from the relay…</p>`;
    const { engine } = state;
    const c = engine.counts;
    return html`
      <div class="page-head">
        <h1>${engine.name || 'Docker engine'}</h1>
        ${engine.version ? html`<span class="muted">Docker ${engine.version} · API ${engine.apiVersion}</span>` : nothing}
      </div>
      ${engine.reachable ? nothing : html`<p class="banner" role="alert"><strong>Engine unreachable.</strong> ${engine.error ?? ''}</p>`}
      <section aria-labelledby="counts-h">
        <h2 id="counts-h" class="sr-only">Counts</h2>
        <ul class="tiles">
          ${this.#tile('/containers', c.running, 'running', 'ok')}
          ${this.#tile('/containers', c.paused, 'paused', 'warn')}
          ${this.#tile('/containers', c.stopped, 'stopped', 'neutral')}
          ${this.#tile('/images', c.images, 'images')}
          ${this.#tile('/volumes', c.volumes, 'volumes')}
          ${this.#tile('/networks', c.networks, 'networks')}
          ${this.#tile('/images', formatBytes(imageBytes(state)), 'on disk')}
        </ul>
      </section>
      ${this.#attention(state)}
      <div class="grid">
        ${this.#usage(state)}
        <section class="card" aria-labelledby="host-h">
          <h2 id="host-h">Host</h2>
          <dl class="facts">
            <dt>OS</dt><dd>${engine.os || '—'}</dd>
            <dt>Kernel</dt><dd>${engine.kernel || '—'}</dd>
            <dt>Architecture</dt><dd>${engine.arch || '—'}</dd>
            <dt>CPUs</dt><dd>${engine.cpus || '—'}</dd>
            <dt>Memory</dt><dd>${engine.memoryBytes ? formatBytes(engine.memoryBytes) : '—'}</dd>
            <dt>Images on disk</dt><dd>${formatBytes(imageBytes(state))}</dd>
            <dt>Containers</dt><dd>${c.containers}</dd>
          </dl>
        </section>
      </div>
    `;
  }

  #tile(href: string, count: number | string, label: string, tone = '') {
    // The tile flashes when its count changes.
    return html`<li><a class="tile ${tone}" href=${href} ${flash(count)}><span class="count">${count}</span> <span class="what">${label}</span></a></li>`;
  }

  #attention(state: EngineState) {
    const ranked = Object.values(state.containers)
      .map((c) => ({ c, rank: attentionRank(c) }))
      .filter((x): x is { c: ContainerSummary; rank: number } => x.rank !== null)
      .sort((a, b) => a.rank - b.rank || a.c.name.localeCompare(b.c.name));
    const now = this.#clock.now;
    return html`
      <section class="card attention" aria-labelledby="attention-h">
        <h2 id="attention-h">Needs attention ${ranked.length ? html`<span class="muted">(${ranked.length})</span>` : nothing}</h2>
        ${ranked.length === 0
          ? html`<p class="muted">Nothing: no unhealthy, restarting, dead or failed containers.</p>`
          : html`<ul class="plain">
              ${repeat(ranked.slice(0, ATTENTION_LIMIT), (x) => x.c.id, ({ c }) => html`
                <li ${flash(c)}>
                  <a href="/containers/${c.id}">${c.name}</a>
                  ${stateBadge(c.state)}
                  ${healthBadge(c.health)}
                  <span class="muted">${statusText(c, now)}${c.oomKilled ? ' · OOM killed' : ''}</span>
                </li>`)}
            </ul>
            ${ranked.length > ATTENTION_LIMIT ? html`<p><a href="/containers">All ${ranked.length} in Containers</a></p>` : nothing}`}
      </section>`;
  }

  #usage(state: EngineState) {
    const totals = hostTotals(state.usage);
    if (!totals) return nothing;
    const mem = state.engine.memoryBytes;
    return html`
      <section class="card" aria-labelledby="usage-h">
        <h2 id="usage-h">Usage <span class="muted">(${totals.containers} running)</span></h2>
        <dl class="facts">
          <dt>CPU</dt><dd>${formatPercent(totals.cpuPercent)}${state.engine.cpus ? html` <span class="muted">of ${state.engine.cpus * 100}%</span>` : nothing}</dd>
          <dt>Memory</dt><dd>${formatBytes(totals.memoryBytes)}${mem ? html` <span class="muted">of ${formatBytes(mem)}</span>` : nothing}</dd>
          <dt>Network</dt><dd>↓ ${formatRate(totals.netRxBytesPerSec)} · ↑ ${formatRate(totals.netTxBytesPerSec)}</dd>
          <dt>Disk I/O</dt><dd>read ${formatRate(totals.blockReadBytesPerSec)} · write ${formatRate(totals.blockWriteBytesPerSec)}</dd>
          <dt>Processes</dt><dd>${totals.pids}</dd>
        </dl>
      </section>`;
  }
}

function imageBytes(state: EngineState): number {
  let sum = 0;
  for (const image of Object.values(state.images)) sum += image.sizeBytes;
  return sum;
}

customElements.define('pl-overview', PlOverview);

declare global {
  interface HTMLElementTagNameMap {
    'pl-overview': PlOverview;
  }
}

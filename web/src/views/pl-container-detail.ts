// One container: inspect summary, usage, ports, networks, mounts, labels and its recent engine events.
import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ContainerSummary, ContainerUsage, EngineState } from '../../../shared/types.js';
import { storeViewContext } from '../data/store-view.js';
import { formatBytes, formatPercent, formatRate } from '../format/bytes.js';
import { clockTime, dateTime, timeAgo } from '../format/duration.js';
import { shortId } from '../format/ids.js';
import { formatPort } from '../format/ports.js';
import { statusText } from '../format/status.js';
import { healthBadge, stateBadge } from '../components/badges.js';
import { flash } from '../components/flash.js';
import { sparkline } from '../components/sparkline.js';
import { NowController } from '../components/now-controller.js';
import { usageSeries } from '../data/usage-history.js';
import { styles } from './pl-container-detail.styles.js';

export class PlContainerDetail extends LitElement {
  static override styles = styles;
  static override properties = { containerId: { attribute: 'container-id' } };
  declare containerId: string;
  readonly #store = new ContextConsumer(this, { context: storeViewContext, subscribe: true });
  readonly #clock = new NowController(this);

  constructor() {
    super();
    this.containerId = '';
  }

  override render() {
    const state = this.#store.value?.state ?? null;
    if (!state) return html`<h1>Container</h1><p class="empty">Waiting for the first state from the relay…</p>`;
    const c = state.containers[this.containerId];
    if (!c) {
      return html`<h1>Container not found</h1>
        <p class="empty">No container with id <code>${shortId(this.containerId)}</code> on this engine; it may have been removed.
        <a href="/containers">All containers</a></p>`;
    }
    const now = this.#clock.now;
    return html`
      <nav class="crumbs" aria-label="Breadcrumb"><a href="/containers">Containers</a> <span aria-hidden="true">›</span></nav>
      <div class="page-head" ${flash(c)}>
        <h1>${c.name}</h1>
        ${stateBadge(c.state)}
        ${healthBadge(c.health)}
        <span class="muted">${statusText(c, now)}</span>
      </div>
      <div class="grid">
        ${this.#summary(c, state, now)}
        ${this.#usage(c.id, state.usage[c.id])}
        ${this.#networks(c)}
        ${this.#mounts(c)}
        ${this.#labels(c)}
        ${this.#events(c, state, now)}
      </div>
    `;
  }

  #summary(c: ContainerSummary, state: EngineState, now: number) {
    const image = state.images[c.imageId];
    // The engine reports an exit code (0) while running too; it means something once stopped.
    const stopped = c.state !== 'running' && c.state !== 'paused';
    return html`<section class="card" aria-labelledby="summary-h">
      <h2 id="summary-h">Summary</h2>
      <dl class="facts">
        <dt>ID</dt><dd><code title=${c.id}>${shortId(c.id)}</code></dd>
        <dt>Image</dt><dd>${c.image} <code class="muted">${shortId(c.imageId)}</code>${image ? html` <span class="muted">· ${formatBytes(image.sizeBytes)}</span>` : nothing}</dd>
        <dt>Command</dt><dd><code>${c.command || '—'}</code></dd>
        <dt>Created</dt><dd title=${dateTime(c.createdAt)}>${timeAgo(c.createdAt, now)}</dd>
        ${c.startedAt ? html`<dt>Started</dt><dd title=${dateTime(c.startedAt)}>${timeAgo(c.startedAt, now)}</dd>` : nothing}
        ${c.finishedAt ? html`<dt>Finished</dt><dd title=${dateTime(c.finishedAt)}>${timeAgo(c.finishedAt, now)}</dd>` : nothing}
        ${c.exitCode !== null && stopped ? html`<dt>Exit code</dt><dd>${c.exitCode}${c.oomKilled ? ' (OOM killed)' : ''}</dd>` : nothing}
        <dt>Restart policy</dt><dd>${c.restartPolicy || 'no'} · restarted ${c.restartCount}×</dd>
        ${c.pid ? html`<dt>PID</dt><dd>${c.pid}</dd>` : nothing}
        <dt>Ports</dt><dd>${c.ports.length ? html`<ul class="inline">${c.ports.map((p) => html`<li><code>${formatPort(p)}</code></li>`)}</ul>` : '—'}</dd>
      </dl>
    </section>`;
  }

  #usage(id: string, u: ContainerUsage | undefined) {
    if (!u) return nothing;
    const series = usageSeries(id);
    return html`<section class="card" aria-labelledby="usage-h">
      <h2 id="usage-h">Usage</h2>
      <dl class="facts">
        <dt>CPU</dt><dd class="chart"><span>${formatPercent(u.cpuPercent)}</span>${sparkline(series.cpu)}</dd>
        <dt>Memory</dt><dd class="chart"><span>${formatBytes(u.memoryBytes)}${u.memoryLimitBytes
          ? html` <span class="muted">of ${formatBytes(u.memoryLimitBytes)} (${formatPercent(u.memoryPercent)})</span>` : nothing}</span>
          <span class="alt">${sparkline(series.memory)}</span></dd>
        <dt>Network</dt><dd>↓ ${formatRate(u.netRxBytesPerSec)} · ↑ ${formatRate(u.netTxBytesPerSec)}
          <span class="muted">(total ${formatBytes(u.netRxBytes)} / ${formatBytes(u.netTxBytes)})</span></dd>
        <dt>Disk I/O</dt><dd>read ${formatRate(u.blockReadBytesPerSec)} · write ${formatRate(u.blockWriteBytesPerSec)}</dd>
        <dt>Processes</dt><dd>${u.pids}</dd>
      </dl>
    </section>`;
  }

  #networks(c: ContainerSummary) {
    return html`<section class="card" aria-labelledby="networks-h">
      <h2 id="networks-h">Networks</h2>
      ${c.networks.length === 0 ? html`<p class="muted">None.</p>` : html`<table>
        <thead><tr><th scope="col">Name</th><th scope="col">IP address</th></tr></thead>
        <tbody>${c.networks.map((n) => html`<tr><td><a href="/networks">${n.name}</a></td><td><code>${n.ipAddress ?? '—'}</code></td></tr>`)}</tbody>
      </table>`}
    </section>`;
  }

  #mounts(c: ContainerSummary) {
    return html`<section class="card" aria-labelledby="mounts-h">
      <h2 id="mounts-h">Mounts</h2>
      ${c.mounts.length === 0 ? html`<p class="muted">None.</p>` : html`<table class="cards">
        <thead><tr><th scope="col">Type</th><th scope="col">Source</th><th scope="col">Destination</th><th scope="col">Mode</th></tr></thead>
        <tbody>${c.mounts.map((m) => html`<tr>
          <td data-label="Type">${m.type}</td>
          <td data-label="Source">${m.name ? html`<a href="/volumes">${m.name}</a>` : html`<code>${m.source}</code>`}</td>
          <td data-label="Destination"><code>${m.destination}</code></td>
          <td data-label="Mode">${m.readOnly ? 'read-only' : 'read-write'}</td>
        </tr>`)}</tbody>
      </table>`}
    </section>`;
  }

  #labels(c: ContainerSummary) {
    const labels = Object.entries(c.labels).sort(([a], [b]) => a.localeCompare(b));
    return html`<section class="card" aria-labelledby="labels-h">
      <h2 id="labels-h">Labels</h2>
      ${labels.length === 0 ? html`<p class="muted">None.</p>` : html`<dl class="facts labels">
        ${labels.map(([k, v]) => html`<dt><code>${k}</code></dt><dd><code>${v}</code></dd>`)}
      </dl>`}
    </section>`;
  }

  #events(c: ContainerSummary, state: EngineState, now: number) {
    const events = state.events.filter((e) => e.actorId === c.id).reverse();
    return html`<section class="card wide" aria-labelledby="events-h">
      <h2 id="events-h">Recent events</h2>
      ${events.length === 0 ? html`<p class="muted">None in the relay's recent events.</p>` : html`<ol class="events">
        ${repeat(events, (e) => `${e.time}:${e.action}`, (e) => html`<li>
          <time datetime=${new Date(e.time).toISOString()} title=${timeAgo(e.time, now)}>${clockTime(e.time)}</time>
          <strong>${e.action}</strong>
          ${e.attributes['exitCode'] !== undefined ? html`<span class="muted">exit code ${e.attributes['exitCode']}</span>` : nothing}
        </li>`)}
      </ol>`}
    </section>`;
  }
}

customElements.define('pl-container-detail', PlContainerDetail);

declare global {
  interface HTMLElementTagNameMap {
    'pl-container-detail': PlContainerDetail;
  }
}

// One container in the list. Its own element so a delta touching one container re-renders one row:
// untouched containers keep identity, and Lit skips a property set to the same object.
import { LitElement, html, nothing } from 'lit';
import type { ContainerSummary, ContainerUsage } from '../../../shared/types.js';
import { formatBytes, formatPercent } from '../format/bytes.js';
import { dateTime, timeAgo } from '../format/duration.js';
import { formatPorts } from '../format/ports.js';
import { statusText } from '../format/status.js';
import { healthBadge, stateBadge } from './badges.js';
import { flashElement } from './flash.js';
import { NowController } from './now-controller.js';
import { sparkline } from './sparkline.js';
import type { UsageSeries } from '../data/usage-history.js';
import { styles } from './pl-container-row.styles.js';

/** How many recent samples the row's sparklines show (one minute). */
const ROW_SAMPLES = 60;

export class PlContainerRow extends LitElement {
  static override styles = styles;
  static override properties = {
    container: { attribute: false },
    usage: { attribute: false },
    series: { attribute: false },
  };
  declare container: ContainerSummary | undefined;
  declare usage: ContainerUsage | undefined;
  declare series: UsageSeries | undefined;
  readonly #clock = new NowController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'listitem');
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    // Flash on a change of the container itself, not on usage ticks (those change every second).
    if (changed.get('container') !== undefined) flashElement(this);
  }

  override render() {
    const c = this.container;
    if (!c) return nothing;
    const now = this.#clock.now;
    const u = this.usage;
    const project = c.labels['com.docker.compose.project'];
    return html`
      <div class="name">
        <a href="/containers/${c.id}">${c.name}</a>
        <span class="image muted" title=${c.image}>${c.image}${project ? html` · ${project}` : nothing}</span>
      </div>
      <div class="state">${stateBadge(c.state)}</div>
      <div class="status">
        <span>${statusText(c, now)}</span>
        ${healthBadge(c.health)}
      </div>
      <div class="ports mono">${c.ports.length
        ? formatPorts(c.ports).split(', ').map((p, i) => html`${i ? ', ' : ''}<span class="port">${p}</span>`)
        : html`<span class="muted">—</span>`}</div>
      <div class="cpu num">
        <span class="label">CPU</span>
        ${u ? html`<span class="value">${formatPercent(u.cpuPercent)}</span>${sparkline(this.series?.cpu.slice(-ROW_SAMPLES) ?? [])}` : html`<span class="muted">—</span>`}
      </div>
      <div class="mem num">
        <span class="label">Memory</span>
        ${u ? html`<span class="value">${formatBytes(u.memoryBytes)}</span>${sparkline(this.series?.memory.slice(-ROW_SAMPLES) ?? [])}` : html`<span class="muted">—</span>`}
      </div>
      <div class="created muted" title=${dateTime(c.createdAt)}><span class="label">Created</span>${timeAgo(c.createdAt, now)}</div>
    `;
  }
}

customElements.define('pl-container-row', PlContainerRow);

declare global {
  interface HTMLElementTagNameMap {
    'pl-container-row': PlContainerRow;
  }
}

// Volumes: driver, mountpoint and the containers that mount each.
import { ContextConsumer } from '@lit/context';
import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { storeViewContext } from '../data/store-view.js';
import { plural } from '../format/plural.js';
import { dateTime, timeAgo } from '../format/duration.js';
import { containersByVolume } from '../format/used-by.js';
import { flash } from '../components/flash.js';
import { styles } from './pl-volumes.styles.js';
import '../components/pl-container-links.js';

export class PlVolumes extends LitElement {
  static override styles = styles;
  readonly #store = new ContextConsumer(this, { context: storeViewContext, subscribe: true });

  override render() {
    const state = this.#store.value?.state ?? null;
    if (!state) return html`<h1>Volumes</h1><p class="empty">Waiting for the first state from the relay…</p>`;
    const volumes = Object.values(state.volumes).sort((a, b) => a.name.localeCompare(b.name));
    const usedBy = containersByVolume(state.containers);
    const now = Date.now();
    return html`
      <div class="page-head">
        <h1>Volumes</h1>
        <span class="muted">${plural(volumes.length, 'volume')}</span>
      </div>
      ${volumes.length === 0 ? html`<p class="empty">No volumes on this engine.</p>` : html`<table class="cards">
        <thead><tr><th scope="col">Name</th><th scope="col">Driver</th><th scope="col">Mountpoint</th><th scope="col">Created</th><th scope="col">Used by</th></tr></thead>
        <tbody>${repeat(volumes, (v) => v.name, (v) => html`<tr ${flash(v)}>
          <td class="name"><code>${v.name}</code></td>
          <td data-label="Driver">${v.driver}${v.scope !== 'local' ? html` <span class="muted">(${v.scope})</span>` : ''}</td>
          <td data-label="Mountpoint"><code>${v.mountpoint}</code></td>
          <td data-label="Created" title=${v.createdAt ? dateTime(v.createdAt) : ''}>${v.createdAt ? timeAgo(v.createdAt, now) : '—'}</td>
          <td data-label="Used by"><pl-container-links .containers=${usedBy.get(v.name) ?? []}></pl-container-links></td>
        </tr>`)}</tbody>
      </table>`}
    `;
  }
}

customElements.define('pl-volumes', PlVolumes);

declare global {
  interface HTMLElementTagNameMap {
    'pl-volumes': PlVolumes;
  }
}

// Networks: driver, scope, subnets and the containers attached to each.
import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NetworkSummary } from '../../../shared/types.js';
import { storeViewContext } from '../data/store-view.js';
import { plural } from '../format/plural.js';
import { containersByNetwork } from '../format/used-by.js';
import { flash } from '../components/flash.js';
import { styles } from './pl-networks.styles.js';
import '../components/pl-container-links.js';

export class PlNetworks extends LitElement {
  static override styles = styles;
  readonly #store = new ContextConsumer(this, { context: storeViewContext, subscribe: true });

  override render() {
    const state = this.#store.value?.state ?? null;
    if (!state) return html`<h1>Networks</h1><p class="empty">Waiting for the first state from the relay…</p>`;
    const networks = Object.values(state.networks).sort((a, b) => a.name.localeCompare(b.name));
    const attached = containersByNetwork(state.containers);
    return html`
      <div class="page-head">
        <h1>Networks</h1>
        <span class="muted">${plural(networks.length, 'network')}</span>
      </div>
      ${networks.length === 0 ? html`<p class="empty">No networks on this engine.</p>` : html`<table class="cards">
        <thead><tr><th scope="col">Name</th><th scope="col">Driver</th><th scope="col">Scope</th><th scope="col">Subnet</th><th scope="col">Attached containers</th></tr></thead>
        <tbody>${repeat(networks, (n) => n.id, (n) => html`<tr ${flash(n)}>
          <td class="name"><code>${n.name}</code>${flags(n)}</td>
          <td data-label="Driver">${n.driver}</td>
          <td data-label="Scope">${n.scope}</td>
          <td data-label="Subnet">${n.subnets.length ? html`<ul class="plain">${n.subnets.map((s) => html`<li><code>${s}</code></li>`)}</ul>` : '—'}</td>
          <td data-label="Attached"><pl-container-links .containers=${attached.get(n.id) ?? []}></pl-container-links></td>
        </tr>`)}</tbody>
      </table>`}
    `;
  }
}

function flags(n: NetworkSummary) {
  const words = [n.internal && 'internal', n.attachable && 'attachable', n.ingress && 'ingress'].filter(Boolean);
  return words.length ? html` <span class="muted">(${words.join(', ')})</span>` : nothing;
}

customElements.define('pl-networks', PlNetworks);

declare global {
  interface HTMLElementTagNameMap {
    'pl-networks': PlNetworks;
  }
}

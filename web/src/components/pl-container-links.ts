// A short list of links to containers (the "used by" cells), folded after a few so rows stay short.
import { LitElement, html, nothing } from 'lit';
import type { ContainerSummary } from '../../../shared/types.js';
import { styles } from './pl-container-links.styles.js';

const SHOWN = 5;

export class PlContainerLinks extends LitElement {
  static override styles = styles;
  static override properties = { containers: { attribute: false } };
  declare containers: readonly ContainerSummary[];

  constructor() {
    super();
    this.containers = [];
  }

  override render() {
    const list = this.containers;
    if (list.length === 0) return html`<span class="muted">none</span>`;
    const more = list.length - SHOWN;
    return html`<ul>
      ${list.slice(0, SHOWN).map((c) => html`<li><a href="/containers/${c.id}">${c.name}</a></li>`)}
      ${more > 0 ? html`<li class="muted">and ${more} more</li>` : nothing}
    </ul>`;
  }
}

customElements.define('pl-container-links', PlContainerLinks);

declare global {
  interface HTMLElementTagNameMap {
    'pl-container-links': PlContainerLinks;
  }
}

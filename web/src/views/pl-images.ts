// Images: tags, size, age and the containers created from each.
import { ContextConsumer } from '@lit/context';
import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ImageSummary } from '../../../shared/types.js';
import { storeViewContext } from '../data/store-view.js';
import { plural } from '../format/plural.js';
import { formatBytes } from '../format/bytes.js';
import { dateTime, timeAgo } from '../format/duration.js';
import { shortId } from '../format/ids.js';
import { containersByImage } from '../format/used-by.js';
import { flash } from '../components/flash.js';
import { styles } from './pl-images.styles.js';
import '../components/pl-container-links.js';

export class PlImages extends LitElement {
  static override styles = styles;
  readonly #store = new ContextConsumer(this, { context: storeViewContext, subscribe: true });

  override render() {
    const state = this.#store.value?.state ?? null;
    if (!state) return html`<h1>Images</h1><p class="empty">Waiting for the first state from the relay…</p>`;
    const images = Object.values(state.images).sort((a, b) => b.createdAt - a.createdAt);
    const usedBy = containersByImage(state.containers);
    const total = images.reduce((sum, i) => sum + i.sizeBytes, 0);
    const now = Date.now();
    return html`
      <div class="page-head">
        <h1>Images</h1>
        <span class="muted">${plural(images.length, 'image')} · ${formatBytes(total)}</span>
      </div>
      ${images.length === 0 ? html`<p class="empty">No images on this engine.</p>` : html`<table class="cards">
        <thead><tr><th scope="col">Tags</th><th scope="col">ID</th><th scope="col">Size</th><th scope="col">Created</th><th scope="col">Used by</th></tr></thead>
        <tbody>${repeat(images, (i) => i.id, (i) => html`<tr ${flash(i)}>
          <td class="tags">${tagList(i)}</td>
          <td data-label="ID"><code>${shortId(i.id)}</code></td>
          <td data-label="Size" class="num">${formatBytes(i.sizeBytes)}</td>
          <td data-label="Created" title=${dateTime(i.createdAt)}>${timeAgo(i.createdAt, now)}</td>
          <td data-label="Used by"><pl-container-links .containers=${usedBy.get(i.id) ?? []}></pl-container-links></td>
        </tr>`)}</tbody>
      </table>`}
    `;
  }
}

function tagList(i: ImageSummary) {
  if (i.tags.length === 0) return html`<span class="muted">&lt;none&gt;</span>`;
  return html`<ul class="plain">${i.tags.map((t) => html`<li><code>${t}</code></li>`)}</ul>`;
}

customElements.define('pl-images', PlImages);

declare global {
  interface HTMLElementTagNameMap {
    'pl-images': PlImages;
  }
}

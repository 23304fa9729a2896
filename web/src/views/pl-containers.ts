// The container list: search, sort, group by compose project, virtualised so 1,000+ rows stay smooth.
import { ContextConsumer } from '@lit/context';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { LitElement, html } from 'lit';
import type { ContainerSummary, EngineState } from '../../../shared/types.js';
import { storeViewContext } from '../data/store-view.js';
import { plural } from '../format/plural.js';
import { CONTAINER_SORTS, listItems, matchesQuery, sortContainers, type ContainerSort, type ListItem } from '../format/container-list.js';
import { usageSeries } from '../data/usage-history.js';
import { styles } from './pl-containers.styles.js';
import '../components/pl-container-row.js';

// Given explicitly so the virtualizer does not fetch its default layout lazily before the first rows.
const LAYOUT = flow();

const SORT_LABELS: Record<ContainerSort, string> = {
  name: 'Name', state: 'State', created: 'Newest', cpu: 'CPU', memory: 'Memory',
};

export class PlContainers extends LitElement {
  static override styles = styles;
  static override properties = { query: { state: true }, sort: { state: true }, group: { state: true } };
  declare query: string;
  declare sort: ContainerSort;
  declare group: boolean;

  readonly #store = new ContextConsumer(this, { context: storeViewContext, subscribe: true });
  // Memo of the derived list: recomputed only when an input changed, not on every tick of time.
  #memo: { containers: EngineState['containers']; usage: EngineState['usage'] | null; key: string; items: ListItem[]; shown: number; total: number } | undefined;

  constructor() {
    super();
    this.query = '';
    this.sort = 'name';
    this.group = false;
  }

  #items(state: EngineState): { items: ListItem[]; shown: number; total: number } {
    // Usage matters to the order only when sorting by it; otherwise a usage tick must not re-sort.
    const usage = this.sort === 'cpu' || this.sort === 'memory' ? state.usage : null;
    const key = `${this.query}\u0000${this.sort}\u0000${this.group}`;
    const memo = this.#memo;
    if (memo && memo.containers === state.containers && memo.usage === usage && memo.key === key) return memo;
    const all = Object.values(state.containers);
    const matched = all.filter((c) => matchesQuery(c, this.query));
    const items = listItems(sortContainers(matched, this.sort, state.usage), this.group);
    this.#memo = { containers: state.containers, usage, key, items, shown: matched.length, total: all.length };
    return this.#memo;
  }

  override render() {
    const state = this.#store.value?.state ?? null;
    if (!state) return html`<h1>Containers</h1><p class="empty">Waiting for the first state from the relay…</p>`;
    const { items, shown, total } = this.#items(state);
    const usage = state.usage;
    // Announced only while searching: a live count would chatter with every container created.
    const announce = this.query ? `${plural(shown, 'container')} match` : '';
    return html`
      <div class="page-head">
        <h1>Containers</h1>
        <span class="muted">${shown === total ? plural(total, 'container') : `${shown} of ${plural(total, 'container')}`}</span>
      </div>
      <span class="sr-only" aria-live="polite">${announce}</span>
      <div class="toolbar" role="search">
        <label class="field grow">Search
          <input type="search" placeholder="Name, image, id or project" .value=${this.query}
            @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; }}>
        </label>
        <label class="field">Sort by
          <select @change=${(e: Event) => { this.sort = (e.target as HTMLSelectElement).value as ContainerSort; }}>
            ${CONTAINER_SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${SORT_LABELS[s]}</option>`)}
          </select>
        </label>
        <label class="field check">
          <input type="checkbox" .checked=${this.group} @change=${(e: Event) => { this.group = (e.target as HTMLInputElement).checked; }}>
          Group by compose project
        </label>
      </div>
      ${shown === 0
        ? html`<p class="empty">${total === 0 ? 'No containers on this engine.' : `No containers match “${this.query}”.`}</p>`
        : html`
          <div class="head" aria-hidden="true">
            <span>Name / image</span><span>State</span><span>Status</span><span class="wide-only">Ports</span><span>CPU</span><span>Memory</span><span class="wide-only">Created</span>
          </div>
          <div class="list" role="list" aria-label="Containers">
            ${virtualize({
              items,
              layout: LAYOUT,
              keyFunction: (item: ListItem) => item.key,
              // Position and size let screen readers tell where they are although most rows are not in the DOM.
              renderItem: (item: ListItem, index: number) => item.kind === 'group'
                ? html`<div class="group" role="listitem" aria-posinset=${index + 1} aria-setsize=${items.length}>
                    <h2>${item.project ?? 'Not in a compose project'} <span class="muted">(${item.count})</span></h2></div>`
                : this.#row(item.container, usage, index + 1, items.length),
            })}
          </div>`}
    `;
  }

  #row(c: ContainerSummary, usage: EngineState['usage'], position: number, size: number) {
    const u = usage[c.id];
    return html`<pl-container-row data-container-id=${c.id} aria-posinset=${position} aria-setsize=${size}
      .container=${c} .usage=${u} .series=${u ? usageSeries(c.id) : undefined}></pl-container-row>`;
  }
}

customElements.define('pl-containers', PlContainers);

declare global {
  interface HTMLElementTagNameMap {
    'pl-containers': PlContainers;
  }
}

// The engine's recent events as a live log, newest first, filterable by type, action and name.
import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EngineEvent, EngineState } from '../../../shared/types.js';
import { storeViewContext } from '../data/store-view.js';
import { clockTime, dateTime } from '../format/duration.js';
import { shortId } from '../format/ids.js';
import { styles } from './pl-events.styles.js';

/** An event counts as new (and is highlighted) for this long after it happened. */
const FRESH_MS = 5000;

export class PlEvents extends LitElement {
  static override styles = styles;
  static override properties = { type: { state: true }, action: { state: true }, name: { state: true } };
  declare type: string;
  declare action: string;
  declare name: string;
  readonly #store = new ContextConsumer(this, { context: storeViewContext, subscribe: true });
  // Events already there when the view first rendered are history, not news: no highlight.
  #baseline: number | undefined;

  constructor() {
    super();
    this.type = '';
    this.action = '';
    this.name = '';
  }

  override render() {
    const state = this.#store.value?.state ?? null;
    if (!state) return html`<h1>Events</h1><p class="empty">Waiting for the first state from the relay…</p>`;
    this.#baseline ??= state.events.at(-1)?.time ?? 0;
    const types = distinct(state.events.map((e) => e.type));
    const actions = distinct(state.events.filter((e) => !this.type || e.type === this.type).map((e) => e.action));
    const q = this.name.trim().toLowerCase();
    const shown = state.events
      .filter((e) => (!this.type || e.type === this.type) && (!this.action || e.action === this.action)
        && (!q || (e.name ?? '').toLowerCase().includes(q) || e.actorId.startsWith(q)))
      .reverse();
    const now = Date.now();
    return html`
      <div class="page-head">
        <h1>Events</h1>
        <span class="muted">${shown.length} of the last ${state.events.length} events</span>
      </div>
      <div class="toolbar" role="search">
        <label class="field">Type
          <select @change=${(e: Event) => { this.type = (e.target as HTMLSelectElement).value; this.action = ''; }}>
            <option value="">All types</option>
            ${types.map((t) => html`<option value=${t} ?selected=${t === this.type}>${t}</option>`)}
          </select>
        </label>
        <label class="field">Action
          <select @change=${(e: Event) => { this.action = (e.target as HTMLSelectElement).value; }}>
            <option value="">All actions</option>
            ${actions.map((a) => html`<option value=${a} ?selected=${a === this.action}>${a}</option>`)}
          </select>
        </label>
        <label class="field grow">Name
          <input type="search" placeholder="Container, image or network name" .value=${this.name}
            @input=${(e: Event) => { this.name = (e.target as HTMLInputElement).value; }}>
        </label>
      </div>
      ${shown.length === 0 ? html`<p class="empty">No events${state.events.length ? ' match these filters' : ' yet'}.</p>` : html`
        <ol class="log" aria-label="Events, newest first">
          ${repeat(shown, eventKey, (e) => this.#row(e, state, now))}
        </ol>`}
    `;
  }

  #row(e: EngineEvent, state: EngineState, now: number) {
    const fresh = e.time > (this.#baseline ?? 0) && now - e.time < FRESH_MS;
    return html`<li class=${fresh ? 'fresh' : ''}>
      <time datetime=${new Date(e.time).toISOString()} title=${dateTime(e.time)}>${clockTime(e.time)}</time>
      <span class="type">${e.type}</span>
      <strong class="action">${e.action}</strong>
      <span class="actor">${actorLink(e, state)}</span>
      ${attributes(e)}
    </li>`;
  }
}

function eventKey(e: EngineEvent): string {
  return `${e.time}:${e.type}:${e.action}:${e.actorId}`;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function actorLink(e: EngineEvent, state: EngineState) {
  const label = e.name ?? shortId(e.actorId);
  if (e.type === 'container' && state.containers[e.actorId]) return html`<a href="/containers/${e.actorId}">${label}</a>`;
  return html`<code>${label}</code>`;
}

function attributes(e: EngineEvent) {
  const shown = Object.entries(e.attributes).filter(([k]) => k !== 'name');
  if (shown.length === 0) return nothing;
  return html`<span class="attrs muted">${shown.map(([k, v]) => `${k}=${v}`).join(' ')}</span>`;
}

customElements.define('pl-events', PlEvents);

declare global {
  interface HTMLElementTagNameMap {
    'pl-events': PlEvents;
  }
}

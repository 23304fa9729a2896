// The root element: owns the one store, provides its StoreView to every view through @lit/context
// (a new immutable value per change, at most one per frame), and routes between the views.
import { ContextProvider } from '@lit/context';
import { LitElement, html, type TemplateResult } from 'lit';
import { createBrowserStore } from './data/browser-store.js';
import { watchPageSignals } from './data/page-signals.js';
import { seedUsageHistoryFromRelay } from './data/seed-usage-history.js';
import { recordUsage } from './data/usage-history.js';
import type { PortlightStore } from './data/portlight-store.js';
import { storeViewContext, type StoreView } from './data/store-view.js';
import type { Route } from './route.js';
import { RouteController } from './shell/route-controller.js';
import { styles } from './pl-app.styles.js';
import './pl-nav.js';
import './pl-status.js';
import './pl-update.js';
import './views/pl-container-detail.js';
import './views/pl-containers.js';
import './views/pl-events.js';
import './views/pl-images.js';
import './views/pl-networks.js';
import './views/pl-overview.js';
import './views/pl-volumes.js';

/** A performance mark set once the first state (from the cache or the relay) is handed to the views. */
export const FIRST_STATE_MARK = 'portlight:first-state';
const FRAME_MS = 16;

export class PlApp extends LitElement {
  static override styles = styles;
  static override properties = { updateReady: { attribute: false } };
  /** Set when a new app version waits; applying it reloads. */
  declare updateReady: (() => void) | null;
  /** The store to show; created for this page's relay unless one is given before connecting. */
  store: PortlightStore | undefined;

  readonly #routes = new RouteController(this);
  readonly #provider = new ContextProvider(this, { context: storeViewContext });
  #cleanup: Array<() => void> = [];
  #pending: StoreView | undefined;
  #frame: number | undefined;
  #lastApplied = -Infinity;

  constructor() {
    super();
    this.updateReady = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const store = (this.store ??= createBrowserStore());
    this.#provider.setValue(store.view);
    this.#cleanup = [store.subscribe((view) => this.#schedule(view)), watchPageSignals(store)];
    void store.start();
    void seedUsageHistoryFromRelay();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const cleanup of this.#cleanup) cleanup();
    this.#cleanup = [];
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  // Leading edge, as the relay coalesces: a change after a quiet spell reaches the views at once; during
  // a burst (a resume replaying many deltas) views get only the last state before each paint.
  #schedule(view: StoreView): void {
    this.#pending = view;
    if (this.#frame !== undefined) return;
    if (performance.now() - this.#lastApplied >= FRAME_MS) {
      this.#apply();
      return;
    }
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#apply();
    });
  }

  #apply(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    if (!pending) return;
    this.#lastApplied = performance.now();
    // Sparkline history grows on every route, not only while a view that draws it is shown.
    if (pending.state) recordUsage(pending.state.usage);
    this.toggleAttribute('stale', pending.stale && pending.state !== null);
    this.#provider.setValue(pending);
    // For measuring: when the first state (cached or live) reached the views.
    if (pending.state && performance.getEntriesByName(FIRST_STATE_MARK).length === 0) performance.mark(FIRST_STATE_MARK);
  }

  override render() {
    const route = this.#routes.route;
    return html`
      <a class="skip" href="#main" @click=${this.#skipToMain}>Skip to content</a>
      <header>
        <div class="bar">
          <a class="brand" href="/" aria-label="Portlight: overview"><img src="/icons/icon-192.png" alt="" /><span>Portlight</span></a>
          <pl-status></pl-status>
        </div>
        <pl-nav .route=${route}></pl-nav>
      </header>
      <pl-update .apply=${this.updateReady}></pl-update>
      <main id="main" tabindex="-1">${this.#view(route)}</main>
    `;
  }

  #view(route: Route): TemplateResult {
    switch (route.view) {
      case 'overview': return html`<pl-overview></pl-overview>`;
      case 'containers': return html`<pl-containers></pl-containers>`;
      case 'container': return html`<pl-container-detail .containerId=${route.id}></pl-container-detail>`;
      case 'images': return html`<pl-images></pl-images>`;
      case 'volumes': return html`<pl-volumes></pl-volumes>`;
      case 'networks': return html`<pl-networks></pl-networks>`;
      case 'events': return html`<pl-events></pl-events>`;
      case 'not-found': return html`<div class="not-found"><h1>Not found</h1><p>Nothing lives at ${route.path}. <a href="/">Go to the overview</a>.</p></div>`;
    }
  }

  #skipToMain(event: Event): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }
}

customElements.define('pl-app', PlApp);

declare global {
  interface HTMLElementTagNameMap {
    'pl-app': PlApp;
  }
}

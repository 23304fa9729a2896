// The connection indicator shown on every screen: live, connecting, reconnecting, polling, offline,
// or engine unreachable, with the age of what is shown when it is not live.
import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { NowController } from './components/now-controller.js';
import { storeViewContext } from './data/store-view.js';
import { connectionLabel, type IndicatorKind } from './shell/connection-label.js';
import { styles } from './pl-status.styles.js';

// An icon as well as a colour, so the state reads without colour vision.
const ICONS: Record<IndicatorKind, string> = {
  live: '●', connecting: '…', reconnecting: '↻', polling: '⇅', offline: '⊘', 'engine-unreachable': '⚠',
};

export class PlStatus extends LitElement {
  static override styles = styles;

  readonly #store = new ContextConsumer(this, { context: storeViewContext, subscribe: true });
  readonly #now = new NowController(this);

  override render() {
    const view = this.#store.value;
    if (!view) return nothing;
    const { kind, label, detail } = connectionLabel(view, this.#now.now);
    return html`
      <div class="status" data-status=${kind} title=${detail || label}>
        <span class="icon" aria-hidden="true">${ICONS[kind]}</span>
        <span class="label" role="status">${label}</span>
        ${detail ? html`<span class="detail">${detail}</span>` : nothing}
      </div>
    `;
  }
}

customElements.define('pl-status', PlStatus);

declare global {
  interface HTMLElementTagNameMap {
    'pl-status': PlStatus;
  }
}

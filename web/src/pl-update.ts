// "Update available — reload": shown when a new version of the app is waiting.
import { LitElement, html, nothing } from 'lit';
import { styles } from './pl-update.styles.js';

export class PlUpdate extends LitElement {
  static override styles = styles;
  static override properties = { apply: { attribute: false } };
  /** Activates the waiting version and reloads; null while there is none. */
  declare apply: (() => void) | null;

  constructor() {
    super();
    this.apply = null;
  }

  override render() {
    const apply = this.apply;
    if (!apply) return nothing;
    return html`
      <div class="bar" role="status">
        <span>Update available</span>
        <button type="button" @click=${() => apply()}>Reload</button>
      </div>
    `;
  }
}

customElements.define('pl-update', PlUpdate);

declare global {
  interface HTMLElementTagNameMap {
    'pl-update': PlUpdate;
  }
}

// Links to every view; the current one is marked for eyes and screen readers alike.
import { LitElement, html } from 'lit';
import { parseRoute, type Route } from './route.js';
import { NAV_ITEMS } from './shell/nav-items.js';
import { styles } from './pl-nav.styles.js';

export class PlNav extends LitElement {
  static override styles = styles;
  static override properties = { route: { attribute: false } };
  declare route: Route;

  constructor() {
    super();
    this.route = parseRoute('/');
  }

  // On a phone the tabs scroll sideways: keep the current one in sight.
  protected override updated(): void {
    this.renderRoot.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  override render() {
    return html`
      <nav aria-label="Views">
        <ul>
          ${NAV_ITEMS.map((item) => html`
            <li><a href=${item.path} aria-current=${item.matches(this.route) ? 'page' : 'false'}>${item.label}</a></li>
          `)}
        </ul>
      </nav>
    `;
  }
}

customElements.define('pl-nav', PlNav);

declare global {
  interface HTMLElementTagNameMap {
    'pl-nav': PlNav;
  }
}

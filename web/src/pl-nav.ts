// Links to every view; the current one is marked for eyes and screen readers alike.
import { LitElement, html, type PropertyValues } from 'lit';
import { parseRoute, type Route } from './route.js';
import { NAV_ITEMS } from './shell/nav-items.js';
import { styles } from './pl-nav.styles.js';

export class PlNav extends LitElement {
  static override styles = styles;
  static override properties = { route: { attribute: false }, more: { state: true } };
  declare route: Route;
  /** True while tabs are hidden off the right edge (phones): a fade says there is more. */
  declare more: boolean;

  constructor() {
    super();
    this.route = parseRoute('/');
    this.more = false;
  }

  #measure(list: Element): void {
    this.more = list.scrollLeft + list.clientWidth < list.scrollWidth - 1;
  }

  readonly #resize = new ResizeObserver(() => {
    const list = this.renderRoot.querySelector('ul');
    if (list) this.#measure(list);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  // On a phone the tabs scroll sideways: keep the current one in sight.
  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('route')) return;
    this.renderRoot.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  override render() {
    return html`
      <nav aria-label="Views">
        <ul class=${this.more ? 'more' : ''} @scroll=${(event: Event) => this.#measure(event.currentTarget as Element)}>
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

// A tiny SVG trend line. Decorative: the number beside it carries the meaning for screen readers.
import { LitElement, svg, html } from 'lit';
import { styles } from './pl-sparkline.styles.js';

const W = 100;
const H = 24;

export class PlSparkline extends LitElement {
  static override styles = styles;
  static override properties = { values: { attribute: false }, max: { type: Number } };
  declare values: readonly number[];
  /** Fixed top of the scale (e.g. 100 for percent of a limit); otherwise the largest value. */
  declare max: number | undefined;

  constructor() {
    super();
    this.values = [];
    this.max = undefined;
  }

  override render() {
    const values = this.values;
    if (values.length < 2) return html`<svg viewBox="0 0 ${W} ${H}" aria-hidden="true"></svg>`;
    const top = Math.max(this.max ?? 0, ...values) || 1;
    const step = W / (values.length - 1);
    const points = values.map((v, i) => `${(i * step).toFixed(1)},${(H - 1 - (v / top) * (H - 2)).toFixed(1)}`).join(' ');
    return html`<svg viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true">
      ${svg`<polyline points=${points} vector-effect="non-scaling-stroke"></polyline>`}
    </svg>`;
  }
}

customElements.define('pl-sparkline', PlSparkline);

declare global {
  interface HTMLElementTagNameMap {
    'pl-sparkline': PlSparkline;
  }
}

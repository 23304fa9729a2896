// A tiny SVG trend line. Decorative (aria-hidden): the number beside it carries the meaning.
// A template rather than an element, like the badges, to keep list rows cheap.
import { css, svg, type SVGTemplateResult } from 'lit';

const W = 100;
const H = 24;

/** `values` oldest first; the scale tops out at `max` or the largest value. */
export function sparkline(values: readonly number[], max = 0): SVGTemplateResult {
  const top = Math.max(max, ...values) || 1;
  const step = values.length > 1 ? W / (values.length - 1) : 0;
  const points = values.length < 2 ? '' : values
    .map((v, i) => `${(i * step).toFixed(1)},${(H - 1 - (v / top) * (H - 2)).toFixed(1)}`).join(' ');
  return svg`<svg class="spark" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true">${points
    ? svg`<polyline points=${points} vector-effect="non-scaling-stroke"></polyline>` : ''}</svg>`;
}

/** Include in the shadow root that renders sparklines; size them with `.spark` rules there. */
export const sparklineStyles = css`
  .spark { display: inline-block; width: 64px; height: 18px; vertical-align: middle; color: var(--pl-chart); overflow: visible; flex: none; }
  .spark polyline { fill: none; stroke: currentColor; stroke-width: 1.5; stroke-linejoin: round; }
`;

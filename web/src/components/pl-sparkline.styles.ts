import { css } from 'lit';

export const styles = css`
  :host { display: inline-block; width: 64px; height: 18px; vertical-align: middle; color: var(--pl-chart); }
  svg { display: block; width: 100%; height: 100%; overflow: visible; }
  polyline { fill: none; stroke: currentColor; stroke-width: 1.5; stroke-linejoin: round; }
`;

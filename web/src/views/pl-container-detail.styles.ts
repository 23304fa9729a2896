import { css } from 'lit';
import { badgeStyles } from '../components/badges.js';
import { sparklineStyles } from '../components/sparkline.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';

export const styles = [tokens, base, badgeStyles, sparklineStyles, css`
  .crumbs { margin-bottom: var(--pl-space-1); }
  .crumbs a { display: inline-flex; align-items: center; min-height: var(--pl-touch); }
  .page-head { align-items: center; border-radius: var(--pl-radius); }
  h1 { overflow-wrap: anywhere; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: var(--pl-space-4); align-items: start; }
  .wide { grid-column: 1 / -1; }
  .facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--pl-space-1) var(--pl-space-4); margin: 0; }
  .facts dt { color: var(--pl-text-muted); }
  .facts dd { margin: 0; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
  .labels { grid-template-columns: fit-content(65%) minmax(0, 1fr); }
  .labels dt { color: var(--pl-text); }
  .chart { display: flex; flex-direction: column; gap: var(--pl-space-1); margin-bottom: var(--pl-space-2); }
  .chart .spark { width: 100%; max-width: 20rem; height: 36px; display: block; }
  .chart .alt .spark { color: var(--pl-chart-2); }
  .inline { list-style: none; margin: 0; padding: 0; }
  .events { list-style: none; margin: 0; padding: 0; }
  .events li { display: flex; flex-wrap: wrap; gap: var(--pl-space-3); padding: var(--pl-space-1) 0; border-bottom: 1px solid var(--pl-border); }
  .events time { font-family: var(--pl-mono); font-variant-numeric: tabular-nums; color: var(--pl-text-muted); }
  @media (max-width: 640px) {
    .labels { grid-template-columns: minmax(0, 1fr); }
    .labels dd { margin-bottom: var(--pl-space-2); }
  }
`];

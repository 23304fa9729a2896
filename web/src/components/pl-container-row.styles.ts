import { css } from 'lit';
import { badgeStyles } from './badges.js';
import { sparklineStyles } from './sparkline.js';

// Columns come from the list (--pl-row-columns) so the header and the rows line up.
export const styles = [badgeStyles, sparklineStyles, css`
  :host {
    display: grid;
    grid-template-columns: var(--pl-row-columns, 1fr);
    gap: var(--pl-space-1) var(--pl-space-3);
    align-items: center;
    width: 100%;
    padding: var(--pl-space-1) var(--pl-space-3);
    border-bottom: 1px solid var(--pl-border);
    box-sizing: border-box;
    font-size: 0.95rem;
    contain: content;
  }
  * { box-sizing: border-box; }
  .muted { color: var(--pl-text-muted); }
  .mono { font-family: var(--pl-mono); font-size: 0.85rem; }
  .name { display: flex; flex-direction: column; min-width: 0; }
  .name a {
    color: var(--pl-link); font-weight: 600; display: flex; align-items: center; min-height: var(--pl-touch);
    overflow: hidden; text-overflow: ellipsis; white-space: nowrap; line-height: 1.2;
  }
  .name a:focus-visible { outline: 2px solid var(--pl-focus); outline-offset: 2px; }
  .image { font-size: 0.85rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; margin-top: -10px; padding-bottom: 4px; }
  .status { display: flex; flex-wrap: wrap; gap: var(--pl-space-1) var(--pl-space-2); align-items: center; min-width: 0; }
  .ports { min-width: 0; }
  .port { white-space: nowrap; }
  .num { display: flex; align-items: center; gap: var(--pl-space-2); font-variant-numeric: tabular-nums; white-space: nowrap; }
  .value { min-width: 4.5em; }
  .created { white-space: nowrap; }
  .label {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  }

  /* Narrow desktops and tablets: ports and age move to the detail page. */
  @media (min-width: 721px) and (max-width: 1180px) {
    .ports, .created { display: none; }
  }

  /* Phones: a compact card, name and state on top, numbers below with visible labels. */
  @media (max-width: 720px) {
    :host {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: 'name state' 'status status' 'ports ports' 'cpu mem' 'created created';
      padding: var(--pl-space-2) var(--pl-space-3);
    }
    .name { grid-area: name; }
    .state { grid-area: state; justify-self: end; }
    .status { grid-area: status; }
    .ports { grid-area: ports; }
    .ports:has(.muted) { display: none; }
    .cpu { grid-area: cpu; }
    .mem { grid-area: mem; }
    .value { min-width: 0; }
    .created { grid-area: created; font-size: 0.85rem; }
    .num { min-width: 0; }
    .spark { width: 44px; flex: 0 1 44px; min-width: 0; }
    .label { flex: none; overflow: visible; position: static; width: auto; height: auto; clip: auto; color: var(--pl-text-muted); font-size: 0.8rem; }
    .created .label::after { content: ' '; }
  }
  /* The narrowest phones keep the numbers and drop the trend lines. */
  @media (max-width: 380px) {
    .spark { display: none; }
  }
`];

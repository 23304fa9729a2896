import { css } from 'lit';
import { badgeStyles } from '../components/badges.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';

export const styles = [tokens, base, badgeStyles, css`
  .tiles {
    list-style: none; margin: 0 0 var(--pl-space-4); padding: 0;
    display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: var(--pl-space-3);
  }
  .tile {
    display: flex; flex-direction: column; min-height: var(--pl-touch); padding: var(--pl-space-3) var(--pl-space-4);
    background: var(--pl-surface); border: 1px solid var(--pl-border); border-left-width: 4px; border-radius: var(--pl-radius);
    text-decoration: none; color: var(--pl-text);
  }
  .tile:hover { background: var(--pl-surface-2); }
  .tile.ok { border-left-color: var(--pl-ok); }
  .tile.warn { border-left-color: var(--pl-warn); }
  .tile.neutral { border-left-color: var(--pl-neutral); }
  .count { font-size: 1.75rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .what { color: var(--pl-text-muted); }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: var(--pl-space-4); align-items: start; }
  .attention { margin-bottom: var(--pl-space-4); }
  .plain { list-style: none; margin: 0; padding: 0; }
  .plain li {
    display: flex; flex-wrap: wrap; align-items: center; gap: var(--pl-space-1) var(--pl-space-2);
    padding: var(--pl-space-1) var(--pl-space-2); border-bottom: 1px solid var(--pl-border); border-radius: 4px;
  }
  .plain li:last-child { border-bottom: 0; }
  .plain a { display: inline-flex; align-items: center; min-height: var(--pl-touch); font-weight: 600; }
  .facts { display: grid; grid-template-columns: max-content 1fr; gap: var(--pl-space-1) var(--pl-space-4); margin: 0; }
  .facts dt { color: var(--pl-text-muted); }
  .facts dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
`];

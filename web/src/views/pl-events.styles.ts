import { css } from 'lit';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';

export const styles = [tokens, base, css`
  .log {
    list-style: none; margin: 0; padding: 0; background: var(--pl-surface);
    border: 1px solid var(--pl-border); border-radius: var(--pl-radius);
  }
  .log li {
    display: grid; grid-template-columns: 6.5rem 6rem 9rem minmax(8rem, 1fr) minmax(0, 2fr);
    gap: var(--pl-space-1) var(--pl-space-3); align-items: center;
    min-height: var(--pl-touch); padding: var(--pl-space-1) var(--pl-space-3); border-bottom: 1px solid var(--pl-border);
  }
  .log li:last-child { border-bottom: 0; }
  .log li.fresh { animation: fresh 1.4s ease-out; }
  @keyframes fresh { from { background: var(--pl-flash); } to { background: transparent; } }
  @media (prefers-reduced-motion: reduce) { .log li.fresh { animation-duration: 0.6s; } }
  time { font-family: var(--pl-mono); font-size: 0.9rem; font-variant-numeric: tabular-nums; color: var(--pl-text-muted); }
  .type { color: var(--pl-text-muted); }
  .actor { min-width: 0; overflow-wrap: anywhere; }
  .actor a { display: inline-flex; align-items: center; min-height: var(--pl-touch); }
  .attrs { font-size: 0.85rem; overflow-wrap: anywhere; min-width: 0; }
  @media (max-width: 720px) {
    .log li { grid-template-columns: auto auto 1fr; padding: var(--pl-space-2) var(--pl-space-3); }
    .actor, .attrs { grid-column: 1 / -1; }
  }
`];

import { css } from 'lit';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';

export const styles = [tokens, base, css`
  :host {
    --pl-row-columns: minmax(9rem, 1.6fr) 7.5rem minmax(9rem, 1.6fr) minmax(10rem, 1fr) 9rem 10rem 8.5rem;
  }
  .head {
    display: grid; grid-template-columns: var(--pl-row-columns); gap: var(--pl-space-1) var(--pl-space-3);
    padding: var(--pl-space-2) var(--pl-space-3); border-bottom: 2px solid var(--pl-border);
    font-size: 0.8rem; font-weight: 600; color: var(--pl-text-muted); text-transform: uppercase; letter-spacing: 0.03em;
  }
  .list { background: var(--pl-surface); border-radius: 0 0 var(--pl-radius) var(--pl-radius); }
  .group { width: 100%; padding: var(--pl-space-3) var(--pl-space-3) var(--pl-space-1); background: var(--pl-surface-2); border-bottom: 1px solid var(--pl-border); }
  .group h2 { margin: 0; font-size: 1rem; }
  @media (min-width: 721px) and (max-width: 1180px) {
    :host { --pl-row-columns: minmax(8rem, 2fr) 7.5rem minmax(8rem, 1.6fr) 9rem 10rem; }
    .head .wide-only { display: none; }
  }
  @media (max-width: 720px) {
    .head { display: none; }
    .list { border-top: 1px solid var(--pl-border); }
  }
`];

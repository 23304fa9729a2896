// Styles shared by the table views (images, volumes, networks).
import { css } from 'lit';
import { base } from './base.js';
import { tokens } from './tokens.js';

export const tablePage = [tokens, base, css`
  table { background: var(--pl-surface); border: 1px solid var(--pl-border); border-radius: var(--pl-radius); border-collapse: separate; border-spacing: 0; }
  tbody tr:last-child td { border-bottom: 0; }
  td { vertical-align: middle; }
  .num { font-variant-numeric: tabular-nums; white-space: nowrap; }
  .plain { list-style: none; margin: 0; padding: 0; }
  .tags code, .name code { font-weight: 600; }
  @media (max-width: 640px) {
    table.cards { border: 0; background: transparent; }
    table.cards tr { background: var(--pl-surface); border: 1px solid var(--pl-border); border-radius: var(--pl-radius); margin-bottom: var(--pl-space-2); }
    table.cards tbody tr:last-child td { border: 0; }
  }
`];

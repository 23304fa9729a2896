// Shared page styles for the views: type, links, focus, page header, toolbar controls, sections.
import { css } from 'lit';

export const base = css`
  :host {
    display: block;
    font-family: var(--pl-font);
    color: var(--pl-text);
    line-height: 1.45;
    padding: var(--pl-space-4);
    min-width: 0;
  }
  * { box-sizing: border-box; }
  h1 { font-size: 1.5rem; margin: 0; line-height: 1.2; }
  h2 { font-size: 1.1rem; margin: 0 0 var(--pl-space-2); }
  a { color: var(--pl-link); }
  a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, [tabindex]:focus-visible {
    outline: 2px solid var(--pl-focus);
    outline-offset: 2px;
  }
  code, .mono { font-family: var(--pl-mono); font-size: 0.9em; overflow-wrap: anywhere; }
  .muted { color: var(--pl-text-muted); }
  .sr-only {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }

  .page-head {
    display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--pl-space-2) var(--pl-space-3);
    margin-bottom: var(--pl-space-4);
  }
  .toolbar {
    display: flex; flex-wrap: wrap; gap: var(--pl-space-2) var(--pl-space-3); align-items: end;
    margin-bottom: var(--pl-space-3);
  }
  .field { display: flex; flex-direction: column; gap: 2px; font-size: 0.85rem; color: var(--pl-text-muted); }
  .field.grow { flex: 1 1 14rem; min-width: 0; }
  .check { flex-direction: row; align-items: center; gap: var(--pl-space-2); min-height: var(--pl-touch); color: var(--pl-text); }
  .check input { width: 22px; height: 22px; margin: 0; }
  input[type='search'], select {
    min-height: var(--pl-touch); font: inherit; font-size: 1rem; color: var(--pl-text);
    background: var(--pl-surface); border: 1px solid var(--pl-border); border-radius: var(--pl-radius);
    padding: 0 var(--pl-space-3); width: 100%;
  }

  .card {
    background: var(--pl-surface); border: 1px solid var(--pl-border); border-radius: var(--pl-radius);
    padding: var(--pl-space-4); min-width: 0;
  }
  .empty { padding: var(--pl-space-6) var(--pl-space-4); text-align: center; color: var(--pl-text-muted); }
  .banner {
    border-radius: var(--pl-radius); padding: var(--pl-space-3) var(--pl-space-4); margin-bottom: var(--pl-space-4);
    background: var(--pl-danger-bg); color: var(--pl-danger); border: 1px solid currentColor;
  }

  /* A simple responsive table: a grid of rows that become cards on phones. */
  table { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
  th, td { text-align: left; padding: var(--pl-space-2) var(--pl-space-3); border-bottom: 1px solid var(--pl-border); vertical-align: middle; }
  th { font-size: 0.8rem; font-weight: 600; color: var(--pl-text-muted); text-transform: uppercase; letter-spacing: 0.03em; }
  td a { display: inline-flex; align-items: center; min-height: var(--pl-touch); }
  @media (max-width: 640px) {
    :host { padding: var(--pl-space-3); }
    table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
    table.cards tr { border-bottom: 1px solid var(--pl-border); padding: var(--pl-space-2) 0; }
    table.cards td { border: 0; padding: 2px var(--pl-space-2); }
    table.cards td[data-label]::before {
      content: attr(data-label) ': '; color: var(--pl-text-muted); font-size: 0.85rem;
    }
  }
`;

import { css } from 'lit';

export const styles = css`
  :host { display: block; }
  ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 var(--pl-space-3); }
  a { color: var(--pl-link); display: inline-flex; align-items: center; min-height: var(--pl-touch); }
  a:focus-visible { outline: 2px solid var(--pl-focus); outline-offset: 2px; }
  .muted { color: var(--pl-text-muted); display: inline-flex; align-items: center; min-height: var(--pl-touch); }
`;

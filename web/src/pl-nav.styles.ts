import { css } from 'lit';

export const styles = css`
  :host { display: block; min-width: 0; }
  ul {
    display: flex; gap: 2px; margin: 0; padding: 0; list-style: none;
    overflow-x: auto; scrollbar-width: none;
  }
  ul.more { mask-image: linear-gradient(to right, #000 calc(100% - 48px), transparent); }
  a {
    display: flex; align-items: center; min-height: var(--pl-touch, 44px); padding: 0 14px;
    color: var(--pl-text-muted); text-decoration: none; white-space: nowrap; font-weight: 500;
    border-bottom: 3px solid transparent;
  }
  a:hover { color: var(--pl-text); }
  a[aria-current='page'] { color: var(--pl-text); border-bottom-color: var(--pl-link); }
  @media (max-width: 480px) {
    ul.more { mask-image: linear-gradient(to right, #000 calc(100% - 48px), transparent); }
  a { padding: 0 10px; }
  }
  a:focus-visible { outline: 2px solid var(--pl-focus); outline-offset: -2px; }
`;

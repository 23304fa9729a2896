import { css } from 'lit';

export const styles = css`
  :host { display: block; }
  .bar {
    display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap;
    padding: 6px 16px; background: var(--pl-info-bg); color: var(--pl-info); border-bottom: 1px solid var(--pl-border);
  }
  button {
    min-height: var(--pl-touch, 44px); padding: 0 16px; font: inherit; font-weight: 600; cursor: pointer;
    color: var(--pl-surface); background: var(--pl-info); border: none; border-radius: var(--pl-radius, 8px);
  }
  button:focus-visible { outline: 2px solid var(--pl-focus); outline-offset: 2px; }
`;

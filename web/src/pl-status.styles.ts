import { css } from 'lit';

export const styles = css`
  :host { display: block; min-width: 0; font-size: 0.875rem; }
  .status {
    display: flex; align-items: center; gap: 6px; min-height: 32px; padding: 2px 10px;
    border-radius: 999px; border: 1px solid currentColor; width: fit-content; max-width: 100%;
  }
  .icon { font-size: 0.9em; line-height: 1; }
  .label { font-weight: 600; white-space: nowrap; }
  .detail { color: var(--pl-text); opacity: 0.85; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
  @media (max-width: 480px) {
    /* On a phone the detail (data age, next try) matters most when offline: let it wrap, not vanish. */
    .status { border-radius: 12px; flex-wrap: wrap; row-gap: 0; }
    .detail { white-space: normal; font-size: 0.8rem; }
  }
  [data-status='live'] { color: var(--pl-ok); background: var(--pl-ok-bg); }
  [data-status='connecting'], [data-status='reconnecting'] { color: var(--pl-info); background: var(--pl-info-bg); }
  [data-status='polling'] { color: var(--pl-warn); background: var(--pl-warn-bg); }
  [data-status='offline'], [data-status='engine-unreachable'] { color: var(--pl-danger); background: var(--pl-danger-bg); }
`;

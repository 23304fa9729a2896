import { css } from 'lit';

// Shared by the state and health badges.
export const styles = css`
  :host { display: inline-block; vertical-align: middle; }
  .badge {
    display: inline-flex; align-items: center; gap: 0.35em; white-space: nowrap;
    font-size: 0.8rem; font-weight: 600; line-height: 1; padding: 0.3em 0.6em;
    border-radius: 999px; border: 1px solid currentColor;
  }
  .icon { font-size: 0.85em; }
  .ok { color: var(--pl-ok); background: var(--pl-ok-bg); }
  .warn { color: var(--pl-warn); background: var(--pl-warn-bg); }
  .danger { color: var(--pl-danger); background: var(--pl-danger-bg); }
  .info { color: var(--pl-info); background: var(--pl-info-bg); }
  .neutral { color: var(--pl-neutral); background: var(--pl-neutral-bg); }
`;

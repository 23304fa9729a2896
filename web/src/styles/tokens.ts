// Design tokens as custom properties on a host; they inherit into every shadow root below it.
// Colours pass WCAG AA on their own surfaces in both schemes (axe checks this in the view tests).
import { css } from 'lit';

export const tokens = css`
  :host {
    color-scheme: light dark;
    --pl-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --pl-mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    --pl-space-1: 4px;
    --pl-space-2: 8px;
    --pl-space-3: 12px;
    --pl-space-4: 16px;
    --pl-space-6: 24px;
    --pl-radius: 8px;
    --pl-touch: 44px;

    --pl-bg: #f6f8fa;
    --pl-surface: #ffffff;
    --pl-surface-2: #eef1f4;
    --pl-border: #d0d7de;
    --pl-text: #1f2328;
    --pl-text-muted: #59636e;
    --pl-link: #0a58b8;
    --pl-focus: #0a58b8;
    --pl-flash: rgb(255 200 0 / 0.28);

    --pl-ok: #116329;
    --pl-ok-bg: #dcf5e3;
    --pl-warn: #7d4e00;
    --pl-warn-bg: #fff1c9;
    --pl-danger: #b3141f;
    --pl-danger-bg: #ffe5e5;
    --pl-info: #0a58b8;
    --pl-info-bg: #ddeeff;
    --pl-neutral: #4c5561;
    --pl-neutral-bg: #eaedf0;
    --pl-chart: #0a58b8;
    --pl-chart-2: #8250df;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --pl-bg: #0e1116;
      --pl-surface: #161b22;
      --pl-surface-2: #1f252e;
      --pl-border: #343c47;
      --pl-text: #e6edf3;
      --pl-text-muted: #9ba6b2;
      --pl-link: #6cb6ff;
      --pl-focus: #6cb6ff;
      --pl-flash: rgb(255 200 0 / 0.16);

      --pl-ok: #5fd07e;
      --pl-ok-bg: #12301c;
      --pl-warn: #e3b341;
      --pl-warn-bg: #33280a;
      --pl-danger: #ff8b87;
      --pl-danger-bg: #3d1416;
      --pl-info: #6cb6ff;
      --pl-info-bg: #102a48;
      --pl-neutral: #b1bac4;
      --pl-neutral-bg: #262c34;
      --pl-chart: #6cb6ff;
      --pl-chart-2: #c297ff;
    }
  }
`;

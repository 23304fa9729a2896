import { css } from 'lit';
import { tokens } from './styles/tokens.js';

export const styles = [tokens, css`
  :host {
    display: flex; flex-direction: column; min-height: 100vh; min-height: 100dvh;
    background: var(--pl-bg); color: var(--pl-text); font-family: var(--pl-font);
  }
  header {
    position: sticky; top: 0; z-index: 10; background: var(--pl-surface);
    border-bottom: 1px solid var(--pl-border); padding-top: env(safe-area-inset-top);
  }
  .bar {
    display: flex; align-items: center; gap: 12px; padding: 6px 16px; min-height: 48px;
    max-width: 1440px; margin: 0 auto; box-sizing: border-box;
  }
  .brand {
    display: flex; align-items: center; gap: 8px; min-height: var(--pl-touch); flex: none;
    color: var(--pl-text); font-weight: 700; font-size: 1.1rem; text-decoration: none;
  }
  .brand img { width: 28px; height: 28px; border-radius: 6px; }
  pl-status { margin-left: auto; }
  pl-nav { max-width: 1440px; margin: 0 auto; padding: 0 8px; box-sizing: border-box; width: 100%; }
  main { flex: 1; width: 100%; max-width: 1440px; margin: 0 auto; box-sizing: border-box; min-width: 0; }
  main:focus { outline: none; }
  /* Last-known state, not live: muted, so nobody mistakes it for now (pl-status says since when). */
  main { transition: filter 0.3s, opacity 0.3s; }
  :host([stale]) main { filter: grayscale(0.7); opacity: 0.8; }
  @media (prefers-reduced-motion: reduce) { main { transition: none; } }
  .skip {
    position: absolute; left: 8px; top: -100px; padding: 8px 12px; background: var(--pl-surface);
    color: var(--pl-link); border-radius: var(--pl-radius); z-index: 20;
  }
  .skip:focus { top: 8px; }
  .not-found { padding: 16px; }
  .not-found a { color: var(--pl-link); }
  @media (max-width: 480px) {
    .bar { padding: 4px 12px; gap: 8px; }
    .brand span { display: none; }
  }
`];

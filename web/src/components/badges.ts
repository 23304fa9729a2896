// State and health badges: colour AND icon AND word, so they read without colour vision.
// Templates rather than elements: a row holds two, and 1,000-row lists pay for every extra shadow root.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ContainerState, HealthState } from '../../../shared/types.js';

type Tone = 'ok' | 'warn' | 'danger' | 'info' | 'neutral';

const STATE: Record<ContainerState, { icon: string; tone: Tone }> = {
  running: { icon: '▶', tone: 'ok' },
  paused: { icon: '❚❚', tone: 'warn' },
  restarting: { icon: '↻', tone: 'warn' },
  removing: { icon: '⌫', tone: 'neutral' },
  exited: { icon: '■', tone: 'neutral' },
  dead: { icon: '✕', tone: 'danger' },
  created: { icon: '○', tone: 'info' },
};

const HEALTH: Record<HealthState, { icon: string; tone: Tone }> = {
  healthy: { icon: '✓', tone: 'ok' },
  starting: { icon: '…', tone: 'info' },
  unhealthy: { icon: '!', tone: 'danger' },
};

/** A container's state. */
export function stateBadge(state: ContainerState): TemplateResult {
  const look = STATE[state] ?? STATE.created;
  return html`<span class="badge ${look.tone}" data-state=${state}><span class="icon" aria-hidden="true">${look.icon}</span>${state}</span>`;
}

/** A container's health check result; nothing when it has no check. */
export function healthBadge(health: HealthState | null): TemplateResult | typeof nothing {
  if (health === null) return nothing;
  const look = HEALTH[health];
  return html`<span class="badge ${look.tone}" data-health=${health}><span class="icon" aria-hidden="true">${look.icon}</span>${health}</span>`;
}

/** Styles for both badges; include them in the shadow root that renders them. */
export const badgeStyles = css`
  .badge {
    display: inline-flex; align-items: center; gap: 0.35em; white-space: nowrap; vertical-align: middle;
    font-size: 0.8rem; font-weight: 600; line-height: 1; padding: 0.3em 0.6em;
    border-radius: 999px; border: 1px solid currentColor;
  }
  .badge .icon { font-size: 0.85em; }
  .badge.ok { color: var(--pl-ok); background: var(--pl-ok-bg); }
  .badge.warn { color: var(--pl-warn); background: var(--pl-warn-bg); }
  .badge.danger { color: var(--pl-danger); background: var(--pl-danger-bg); }
  .badge.info { color: var(--pl-info); background: var(--pl-info-bg); }
  .badge.neutral { color: var(--pl-neutral); background: var(--pl-neutral-bg); }
`;

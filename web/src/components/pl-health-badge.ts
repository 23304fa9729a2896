// A container's health check result, styled like the state badge; renders nothing without a check.
import { LitElement, html, nothing } from 'lit';
import type { HealthState } from '../../../shared/types.js';
import { styles } from './pl-state-badge.styles.js';

const LOOK: Record<HealthState, { icon: string; tone: string }> = {
  healthy: { icon: '✓', tone: 'ok' },
  starting: { icon: '…', tone: 'info' },
  unhealthy: { icon: '!', tone: 'danger' },
};

export class PlHealthBadge extends LitElement {
  static override styles = styles;
  static override properties = { health: {} };
  declare health: HealthState | null;

  constructor() {
    super();
    this.health = null;
  }

  override render() {
    if (this.health === null) return nothing;
    const look = LOOK[this.health];
    return html`<span class="badge ${look.tone}"><span class="icon" aria-hidden="true">${look.icon}</span>${this.health}</span>`;
  }
}

customElements.define('pl-health-badge', PlHealthBadge);

declare global {
  interface HTMLElementTagNameMap {
    'pl-health-badge': PlHealthBadge;
  }
}

// A container's state as colour AND icon AND word, so it reads without colour vision.
import { LitElement, html } from 'lit';
import type { ContainerState } from '../../../shared/types.js';
import { styles } from './pl-state-badge.styles.js';

export type Tone = 'ok' | 'warn' | 'danger' | 'info' | 'neutral';

const LOOK: Record<ContainerState, { icon: string; tone: Tone }> = {
  running: { icon: '▶', tone: 'ok' },
  paused: { icon: '❚❚', tone: 'warn' },
  restarting: { icon: '↻', tone: 'warn' },
  removing: { icon: '⌫', tone: 'neutral' },
  exited: { icon: '■', tone: 'neutral' },
  dead: { icon: '✕', tone: 'danger' },
  created: { icon: '○', tone: 'info' },
};

export class PlStateBadge extends LitElement {
  static override styles = styles;
  static override properties = { state: {} };
  declare state: ContainerState;

  constructor() {
    super();
    this.state = 'created';
  }

  override render() {
    const look = LOOK[this.state] ?? LOOK.created;
    return html`<span class="badge ${look.tone}"><span class="icon" aria-hidden="true">${look.icon}</span>${this.state}</span>`;
  }
}

customElements.define('pl-state-badge', PlStateBadge);

declare global {
  interface HTMLElementTagNameMap {
    'pl-state-badge': PlStateBadge;
  }
}

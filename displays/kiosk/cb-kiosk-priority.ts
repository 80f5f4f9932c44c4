/** `<cb-kiosk-priority>`: confirms that the visitor needs priority assistance before their ticket jumps ahead. */
import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { backIcon, checkIcon, priorityIcon } from './icons.ts';
import { KioskStep } from './kiosk-step.ts';

@customElement('cb-kiosk-priority')
export class CbKioskPriority extends KioskStep {
  static override styles = [
    KioskStep.styles,
    css`
      :host {
        flex: 1;
        justify-content: center;
        gap: 2rem;
      }
      .badge {
        display: grid;
        place-items: center;
        width: 6rem;
        height: 6rem;
        border-radius: 50%;
        background: var(--cb-primary);
        color: var(--cb-on-primary);
      }
      .badge svg {
        width: 4rem;
        height: 4rem;
      }
      .text {
        margin: 0;
        max-width: 40rem;
        font-size: 1.35rem;
        line-height: 1.5;
      }
      .actions {
        display: grid;
        gap: 1rem;
        max-width: 40rem;
      }
      .action {
        min-height: 4.4rem;
        font-size: 1.4rem;
      }
    `,
  ];

  override render() {
    const c = this.c;
    return html`
      <div class="badge">${priorityIcon}</div>
      <h1 tabindex="-1">${c.priorityTitle}</h1>
      <p class="text">${c.priorityText}</p>
      <div class="actions">
        <button class="action primary" @click=${() => this.emit('kiosk-priority-confirm')}>${checkIcon}${c.priorityConfirm}</button>
        <button class="action secondary" @click=${() => this.emit('kiosk-back')}>${backIcon}${c.priorityDecline}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-kiosk-priority': CbKioskPriority;
  }
  interface HTMLElementEventMap {
    'kiosk-priority-confirm': CustomEvent<void>;
  }
}

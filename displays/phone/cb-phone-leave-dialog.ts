/** `<cb-phone-leave-dialog>`: "Leave the queue?": a modal confirmation, since a cancelled ticket cannot come back. */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fill } from '../common/i18n.ts';
import type { PhoneMessageKey } from './i18n.ts';
import { PhoneElement } from './phone-element.ts';

@customElement('cb-phone-leave-dialog')
export class CbPhoneLeaveDialog extends PhoneElement {
  static override styles = [
    PhoneElement.styles,
    css`
      dialog {
        box-sizing: border-box;
        width: min(26rem, calc(100vw - 2rem));
        padding: 1.4rem;
        border: 0;
        border-radius: 1.3rem;
        background: var(--cb-background);
        color: var(--cb-text);
        box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.45);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.6);
      }
      .body {
        display: grid;
        gap: 1rem;
      }
      .error {
        padding: 0.6rem 0.8rem;
        border-radius: 0.7rem;
        background: var(--cb-alert);
        color: var(--cb-on-alert);
        font-weight: 600;
      }
      .buttons {
        display: grid;
        gap: 0.7rem;
        margin-top: 0.4rem;
      }
    `,
  ];

  @property({ type: Boolean }) open = false;
  @property() code = '';
  @property({ type: Boolean }) busy = false;
  @property() error: PhoneMessageKey | null = null;

  override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
  }

  override render() {
    const c = this.c;
    return html`<dialog aria-labelledby="leave-title" @close=${this.onClose}>
      <div class="body">
        <h2 id="leave-title">${c.leaveTitle}</h2>
        <p>${fill(c.leaveText, { code: this.code })}</p>
        ${this.error ? html`<p class="error" role="alert">${c[this.error]}</p>` : nothing}
        <div class="buttons">
          <button
            class="action danger"
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${() => !this.busy && this.emit('phone-leave-confirm')}
          >
            ${c.leaveConfirm}
          </button>
          <button class="action secondary" autofocus @click=${() => this.emit('phone-leave-cancel')}>${c.leaveCancel}</button>
        </div>
      </div>
    </dialog>`;
  }

  /** Escape or the back gesture closes a modal dialog by itself: treat it as "stay". */
  private onClose(): void {
    if (this.open) this.emit('phone-leave-cancel');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-leave-dialog': CbPhoneLeaveDialog;
  }
  interface HTMLElementEventMap {
    'phone-leave-confirm': CustomEvent<void>;
    'phone-leave-cancel': CustomEvent<void>;
  }
}

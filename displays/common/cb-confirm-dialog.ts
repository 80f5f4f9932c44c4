/** `<cb-confirm-dialog>`: a modal yes/no for destructive actions; `ask()` resolves true only on an explicit yes. */
import { LitElement, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { controls } from './console-styles.ts';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
}

@customElement('cb-confirm-dialog')
export class CbConfirmDialog extends LitElement {
  static override styles = controls;

  @state() private request: ConfirmRequest | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;
  private settle: ((yes: boolean) => void) | null = null;

  /** Opens the dialog with focus on "Go back" (the safe answer), and restores focus when it closes. */
  async ask(request: ConfirmRequest): Promise<boolean> {
    this.settle?.(false);
    this.request = request;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    return new Promise((resolve) => (this.settle = resolve));
  }

  override render() {
    const r = this.request;
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-body" @close=${this.closed}>
      <form method="dialog">
        <h2 id="confirm-title">${r?.title}</h2>
        <p id="confirm-body">${r?.body}</p>
        <div class="actions">
          <button value="no" autofocus>Go back</button>
          <button class="danger-solid" value="yes">${r?.confirmLabel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private closed(): void {
    // Escape closes with an empty returnValue, which counts as "no".
    const yes = this.dialog.returnValue === 'yes';
    this.dialog.returnValue = '';
    this.settle?.(yes);
    this.settle = null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-confirm-dialog': CbConfirmDialog;
  }
}

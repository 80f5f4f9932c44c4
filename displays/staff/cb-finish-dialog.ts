/** `<cb-finish-dialog>`: finishes the visit with an optional outcome and note, for the day's statistics. */
import { LitElement, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { WireTicket } from '../../shared/model.ts';
import { controls } from '../common/console-styles.ts';
import { requestAction } from './staff-actions.ts';

const OUTCOMES = ['Resolved', 'Referred elsewhere', 'Needs a follow-up', 'Documents missing'];

@customElement('cb-finish-dialog')
export class CbFinishDialog extends LitElement {
  static override styles = controls;

  @state() private ticket: WireTicket | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('form') private form!: HTMLFormElement;

  async open(ticket: WireTicket): Promise<void> {
    this.ticket = ticket;
    await this.updateComplete;
    this.form.reset();
    this.dialog.showModal();
  }

  override render() {
    const code = this.ticket?.code ?? '';
    return html`<dialog aria-labelledby="finish-title">
      <form @submit=${this.submit}>
        <h2 id="finish-title">Finish ${code}</h2>
        <div class="field">
          <label for="outcome">Outcome <span class="hint">(optional)</span></label>
          <input id="outcome" name="outcome" list="outcomes" maxlength="60" autocomplete="off" />
          <datalist id="outcomes">${OUTCOMES.map((o) => html`<option value=${o}></option>`)}</datalist>
        </div>
        <div class="field">
          <label for="note">Note <span class="hint">(optional, for colleagues and reports)</span></label>
          <textarea id="note" name="note" rows="3" maxlength="1000"></textarea>
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.dialog.close()}>Back</button>
          <button class="primary" type="submit">Finish ${code}</button>
        </div>
      </form>
    </dialog>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.ticket) return;
    const data = new FormData(this.form);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    this.dialog.close();
    requestAction(this, { kind: 'ticket', ticket: this.ticket, action: { type: 'finish', outcome: text('outcome'), note: text('note') } });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-finish-dialog': CbFinishDialog;
  }
}

/** `<cb-pause-dialog>`: pauses the counter with a reason, which the counter's screen and colleagues see. */
import { LitElement, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { controls } from '../common/console-styles.ts';
import { requestAction } from './staff-actions.ts';

export const PAUSE_REASONS = ['Break', 'Back-office work'] as const;
const OTHER = 'other';

@customElement('cb-pause-dialog')
export class CbPauseDialog extends LitElement {
  static override styles = controls;

  @state() private choice: string = PAUSE_REASONS[0];
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('form') private form!: HTMLFormElement;

  open(): void {
    this.form.reset();
    this.choice = PAUSE_REASONS[0];
    this.dialog.showModal();
  }

  override render() {
    return html`<dialog aria-labelledby="pause-title">
      <form @submit=${this.submit}>
        <h2 id="pause-title">Pause the counter</h2>
        <p class="hint">Nobody is called to this counter while it is paused. Call next opens it again.</p>
        <fieldset>
          <legend>Reason</legend>
          ${[...PAUSE_REASONS, OTHER].map(
            (reason, i) => html`<label class="check">
              <input type="radio" name="reason" value=${reason} ?checked=${i === 0} @change=${() => (this.choice = reason)} />
              ${reason === OTHER ? 'Other' : reason}
            </label>`,
          )}
        </fieldset>
        <div class="field" ?hidden=${this.choice !== OTHER}>
          <label for="other">Other reason</label>
          <input id="other" name="other" maxlength="80" ?required=${this.choice === OTHER} />
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.dialog.close()}>Back</button>
          <button class="primary" type="submit">Pause</button>
        </div>
      </form>
    </dialog>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(this.form);
    const reason = this.choice === OTHER ? String(data.get('other') ?? '').trim() : this.choice;
    this.dialog.close();
    requestAction(this, { kind: 'status', status: 'paused', reason: reason || null });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-pause-dialog': CbPauseDialog;
  }
}

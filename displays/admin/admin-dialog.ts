/** Base of the admin's modal forms: busy and error state, their footer, and "save, then close and announce what was saved". */
import { LitElement, html } from 'lit';
import { query, state } from 'lit/decorators.js';
import { messageOf } from '../common/console-api.ts';

export class AdminDialog extends LitElement {
  @state() protected error = '';
  @state() protected busy = false;
  @query('dialog') protected dialog!: HTMLDialogElement;
  /** Bumped on every opening; the form is rendered under `keyed(generation)` so each opening starts clean. */
  @state() protected generation = 0;

  /** Shows the dialog afresh: no error from last time, a new form, then modal once it has rendered. */
  protected async show(): Promise<void> {
    this.error = '';
    this.generation++;
    await this.updateComplete;
    this.dialog.showModal();
  }

  /** What every form ends with: why the last save failed, Cancel, and the submit button. */
  protected footer(submitLabel: string, canSubmit = true) {
    return html`<div class="alert" role="alert">${this.error}</div>
      <div class="actions">
        <button type="button" @click=${() => this.dialog.close()}>Cancel</button>
        <button class="primary" type="submit" ?disabled=${this.busy || !canSubmit}>${submitLabel}</button>
      </div>`;
  }

  /** Runs `save`; on success closes the dialog and fires `eventName` with the result, else shows why. */
  protected async saveAndClose<T>(eventName: string, save: () => Promise<T>): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      const detail = await save();
      this.dialog.close();
      this.dispatchEvent(new CustomEvent(eventName, { detail, bubbles: true, composed: true }));
    } catch (error) {
      this.error = messageOf(error);
    } finally {
      this.busy = false;
    }
  }
}

/** Base of the admin's modal forms: busy and error state, and "save, then close and announce what was saved". */
import { LitElement } from 'lit';
import { query, state } from 'lit/decorators.js';
import { messageOf } from '../common/console-api.ts';

export class AdminDialog extends LitElement {
  @state() protected error = '';
  @state() protected busy = false;
  @query('dialog') protected dialog!: HTMLDialogElement;

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

/** `<cb-counter-editor>`: a dialog to add or change a counter: name, number and its services in order of preference. */
import { AdminDialog } from './admin-dialog.ts';
import { html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { controls } from '../common/console-styles.ts';
import { createCounter, updateCounter, type AdminBranch, type AdminCounter, type AdminService, type CounterInput } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import type { CbServiceOrder } from './cb-service-order.ts';
import './cb-service-order.ts';
import { intField, textField } from './form-data.ts';

@customElement('cb-counter-editor')
export class CbCounterEditor extends AdminDialog {
  static override styles = [controls, screen];

  @state() private branch: AdminBranch | null = null;
  @state() private services: AdminService[] = [];
  /** Null: a new counter. */
  @state() private counter: AdminCounter | null = null;
  @state() private suggestedNumber = 1;
  @query('cb-service-order') private order!: CbServiceOrder;

  async open(branch: AdminBranch, services: AdminService[], counter: AdminCounter | null, suggestedNumber = 1): Promise<void> {
    this.branch = branch;
    this.services = services;
    this.counter = counter;
    this.suggestedNumber = suggestedNumber;
    await this.show();
  }

  override render() {
    const c = this.counter;
    const number = c?.number ?? this.suggestedNumber;
    return html`<dialog class="wide" aria-labelledby="counter-title">
      ${keyed(this.generation, html`<form @submit=${this.submit}>
        <h2 id="counter-title">${c ? `Edit ${c.name}` : 'Add a counter'}</h2>
        <div class="form-grid">
          <div class="field">
            <label for="counter-name">Name</label>
            <input id="counter-name" name="name" required maxlength="60" .value=${c?.name ?? `Counter ${number}`} />
          </div>
          <div class="field">
            <label for="counter-number">Number</label>
            <input id="counter-number" name="number" type="number" required min="1" max="999" .value=${String(number)} aria-describedby="number-hint" />
            <span class="hint" id="number-hint">Shown and spoken on the screens: “A042, counter 3”.</span>
          </div>
          <div class="wide">
            <cb-service-order .services=${this.services} .languages=${this.branch?.languages ?? ['en']} .value=${c?.serviceIds ?? []}></cb-service-order>
          </div>
        </div>
        ${this.footer(c ? 'Save counter' : 'Add counter')}
      </form>`)}
    </dialog>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.branch) return;
    const data = new FormData(event.target as HTMLFormElement);
    const input: CounterInput = { name: textField(data, 'name'), number: intField(data, 'number'), serviceIds: this.order.value };
    const branchId = this.branch.id;
    await this.saveAndClose('cb-counter-saved', () => this.counter ? updateCounter(this.counter.id, input) : createCounter(branchId, input));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-counter-editor': CbCounterEditor;
  }
  interface HTMLElementEventMap {
    'cb-counter-saved': CustomEvent<AdminCounter>;
  }
}

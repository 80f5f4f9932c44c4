/** `<cb-transfer-dialog>`: queues the ticket again for another service or a chosen counter, at the front or the back. */
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { BranchSnapshot, WireCounter, WireTicket } from '../../shared/model.ts';
import { controls } from '../common/console-styles.ts';
import { serviceName } from './counter-view.ts';
import { requestAction } from './staff-actions.ts';

type Target = 'service' | 'counter';

@customElement('cb-transfer-dialog')
export class CbTransferDialog extends LitElement {
  static override styles = [
    controls,
    css`
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 20px;
      }
    `,
  ];

  @state() private ticket: WireTicket | null = null;
  @state() private snapshot: BranchSnapshot | null = null;
  @state() private counter: WireCounter | null = null;
  @state() private target: Target = 'service';
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('form') private form!: HTMLFormElement;

  async open(ticket: WireTicket, snapshot: BranchSnapshot, counter: WireCounter): Promise<void> {
    this.ticket = ticket;
    this.snapshot = snapshot;
    this.counter = counter;
    this.target = 'service';
    await this.updateComplete;
    this.form.reset();
    this.dialog.showModal();
  }

  override render() {
    const code = this.ticket?.code ?? '';
    const services = (this.snapshot?.services ?? []).filter((s) => s.active);
    const counters = (this.snapshot?.counters ?? []).filter((c) => c.id !== this.counter?.id);
    return html`<dialog aria-labelledby="transfer-title">
      <form @submit=${this.submit}>
        <h2 id="transfer-title">Transfer ${code}</h2>
        <fieldset>
          <legend>Send the visitor to</legend>
          <div class="choices">
            ${this.radio('target', 'service', 'A service', this.target === 'service')}
            ${this.radio('target', 'counter', 'A specific counter', this.target === 'counter')}
          </div>
        </fieldset>
        <div class="field" ?hidden=${this.target !== 'service'}>
          <label for="service">Service</label>
          <select id="service" name="service" ?required=${this.target === 'service'}>
            ${services.map((s) => html`<option value=${s.id} ?selected=${s.id === this.ticket?.serviceId}>${s.prefix} · ${serviceName(this.snapshot!, s.id)}</option>`)}
          </select>
        </div>
        <div class="field" ?hidden=${this.target !== 'counter'}>
          <label for="counter">Counter</label>
          <select id="counter" name="counter" ?required=${this.target === 'counter'}>
            ${counters.map((c) => html`<option value=${c.id}>${c.name}${c.status === 'open' ? '' : ` (${c.status})`}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>Place in that queue</legend>
          <div class="choices">
            ${this.radio('position', 'back', 'At the back', true)} ${this.radio('position', 'front', 'At the front (next to be called)', false)}
          </div>
        </fieldset>
        <div class="actions">
          <button type="button" @click=${() => this.dialog.close()}>Back</button>
          <button class="primary" type="submit">Transfer ${code}</button>
        </div>
      </form>
    </dialog>`;
  }

  private radio(name: string, value: string, label: string, checked: boolean) {
    const change = name === 'target' ? () => (this.target = value as Target) : undefined;
    return html`<label class="check"><input type="radio" name=${name} value=${value} ?checked=${checked} @change=${change} />${label}</label>`;
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.ticket) return;
    const data = new FormData(this.form);
    const position = data.get('position') === 'front' ? 'front' : 'back';
    const id = Number(data.get(this.target));
    if (!Number.isInteger(id) || id <= 0) return;
    const target = this.target === 'service' ? { serviceId: id } : { counterId: id };
    this.dialog.close();
    requestAction(this, { kind: 'ticket', ticket: this.ticket, action: { type: 'transfer', position, ...target } });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-transfer-dialog': CbTransferDialog;
  }
}

/** `<cb-ticket-lists>`: the tickets this counter may call, in call-next order, and the ones it parked, each with its actions. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BranchSnapshot, WireCounter, WireTicket } from '../../shared/model.ts';
import { controls } from '../common/console-styles.ts';
import { callableTickets, formatWait, parkedAt, serviceName } from './counter-view.ts';
import { requestAction } from './staff-actions.ts';
import type { TicketAction } from './staff-api.ts';
import { panel } from './staff-styles.ts';

/** A long list scrolls inside its card, so the rest of the console stays in view. */
const MAX_ROWS = 50;

@customElement('cb-ticket-lists')
export class CbTicketLists extends LitElement {
  static override styles = [
    controls,
    panel,
    css`
      :host {
        display: grid;
        gap: 16px;
        align-content: start;
      }
      .scroll {
        max-height: 340px;
        overflow-y: auto;
        margin-inline: -4px;
        padding-inline: 4px;
      }
      li .code {
        min-width: 56px;
        font-size: 18px;
      }
      .buttons {
        display: flex;
        gap: 6px;
      }
      h2 .order {
        font-size: 13px;
        font-weight: 400;
        color: var(--c-muted);
      }
    `,
  ];

  @property({ attribute: false }) snapshot!: BranchSnapshot;
  @property({ attribute: false }) counter!: WireCounter;
  @property({ type: Number }) serverNow = 0;

  override render() {
    const waiting = callableTickets(this.snapshot, this.counter);
    const parked = parkedAt(this.snapshot, this.counter.id);
    return html`
      <section class="card" aria-labelledby="waiting-title">
        <div class="head">
          <h2 id="waiting-title">Waiting <span class="order">in call order</span></h2>
          <span class="pill">${waiting.length}</span>
        </div>
        ${waiting.length
          ? html`<div class="scroll" tabindex="0" role="region" aria-label="Waiting tickets">
              <ul class="rows">${waiting.slice(0, MAX_ROWS).map((t, i) => this.waitingRow(t, i === 0))}</ul>
            </div>`
          : html`<p class="empty">Nobody is waiting for this counter.</p>`}
        ${waiting.length > MAX_ROWS ? html`<p class="hint">And ${waiting.length - MAX_ROWS} more.</p>` : nothing}
      </section>
      <section class="card" aria-labelledby="parked-title">
        <div class="head">
          <h2 id="parked-title">Parked here</h2>
          <span class="pill">${parked.length}</span>
        </div>
        ${parked.length
          ? html`<ul class="rows">${parked.map((t) => this.parkedRow(t))}</ul>`
          : html`<p class="empty">Park a ticket to set it aside while the visitor fetches something.</p>`}
      </section>
    `;
  }

  private act(ticket: WireTicket, action: TicketAction) {
    return () => requestAction(this, { kind: 'ticket', ticket, action });
  }

  private waitingRow(t: WireTicket, next: boolean) {
    const direct = t.targetCounterId === this.counter.id;
    return html`<li data-testid="waiting-ticket" ?data-next=${next}>
      <span class="code">${t.code}</span>
      ${next ? html`<span class="pill info" title="Call next calls this ticket">Next</span>` : nothing}
      <div class="grow">
        <div>${serviceName(this.snapshot, t.serviceId)}</div>
        <div class="sub">
          ${direct ? 'Sent to this counter · ' : ''}${t.priority === 'priority' ? 'Priority · ' : ''}waiting
          ${formatWait(this.serverNow - t.effectiveAt)}
        </div>
      </div>
      <div class="buttons">
        <button class="small" aria-label="Call ${t.code} now" @click=${this.act(t, { type: 'call', counterId: this.counter.id })}>Call</button>
        <button class="small quiet" aria-label="Cancel ${t.code}" @click=${this.act(t, { type: 'cancel' })}>Cancel</button>
      </div>
    </li>`;
  }

  private parkedRow(t: WireTicket) {
    return html`<li data-testid="parked-ticket">
      <span class="code">${t.code}</span>
      <div class="grow">
        <div>${serviceName(this.snapshot, t.serviceId)}</div>
        <div class="sub">Parked</div>
      </div>
      <div class="buttons">
        <button class="small" aria-label="Call back ${t.code}" @click=${this.act(t, { type: 'call', counterId: this.counter.id })}>
          Call back
        </button>
        <button class="small quiet" aria-label="Unpark ${t.code}" title="Return it to its queue" @click=${this.act(t, { type: 'unpark' })}>Unpark</button>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-ticket-lists': CbTicketLists;
  }
}

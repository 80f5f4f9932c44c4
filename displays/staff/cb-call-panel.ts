/** `<cb-call-panel>`: the ticket at this counter with every action it allows now, and the big "Call next" button. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { BranchSnapshot, WireCounter, WireTicket } from '../../shared/model.ts';
import { controls } from '../common/console-styles.ts';
import { callableTickets, formatWait, serviceName } from './counter-view.ts';
import { requestAction } from './staff-actions.ts';
import type { TicketAction } from './staff-api.ts';
import { panel } from './staff-styles.ts';
import './cb-finish-dialog.ts';
import './cb-transfer-dialog.ts';
import type { CbFinishDialog } from './cb-finish-dialog.ts';
import type { CbTransferDialog } from './cb-transfer-dialog.ts';

export const CALL_NEXT_KEY = 'F1';

@customElement('cb-call-panel')
export class CbCallPanel extends LitElement {
  static override styles = [
    controls,
    panel,
    css`
      .ticket {
        display: flex;
        align-items: center;
        gap: 20px;
        padding: 18px 20px;
        border-radius: 12px;
        background: var(--c-primary-soft);
      }
      .ticket.serving {
        background: var(--c-success-soft);
      }
      .ticket .code {
        font-size: 56px;
        line-height: 1;
      }
      .details {
        display: grid;
        gap: 6px;
        min-width: 0;
      }
      .service {
        font-size: 18px;
        font-weight: 700;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: 6px 14px;
        color: var(--c-muted);
      }
      .ticket-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .idle {
        padding: 26px 20px;
        border: 2px dashed var(--c-border);
        border-radius: 12px;
        color: var(--c-muted);
        text-align: center;
      }
      button.call-next {
        min-height: 72px;
        font-size: 22px;
        border-radius: 12px;
        box-shadow: 0 2px 6px rgba(11, 92, 173, 0.3);
      }
      button.call-next kbd {
        font-size: 14px;
      }
      .next {
        margin: 0;
        font-size: 15px;
      }
      .next strong {
        font-size: 18px;
      }
    `,
  ];

  @property({ attribute: false }) snapshot!: BranchSnapshot;
  @property({ attribute: false }) counter!: WireCounter;
  @property({ attribute: false }) ticket: WireTicket | null = null;
  /** Server time now, for "called 2 min ago". */
  @property({ type: Number }) serverNow = 0;

  @query('cb-finish-dialog') private finishDialog!: CbFinishDialog;
  @query('cb-transfer-dialog') private transferDialog!: CbTransferDialog;
  @query('button.call-next') private callNextButton!: HTMLButtonElement;

  /** Puts the keyboard on "Call next", the action a desk repeats all day. */
  focusCallNext(): void {
    this.callNextButton?.focus();
  }

  override render() {
    const t = this.ticket;
    return html`<section class="card" aria-labelledby="now-title">
      <div class="head">
        <h2 id="now-title">At ${this.counter.name}</h2>
        ${t ? html`<span class="pill ${t.status === 'serving' ? 'ok' : 'info'}">${t.status === 'serving' ? 'Serving' : 'Called'}</span>` : nothing}
      </div>
      <div aria-live="polite">${t ? this.renderTicket(t) : html`<p class="idle">Nobody at the counter. Call the next visitor when you are ready.</p>`}</div>
      ${t ? this.renderActions(t) : nothing}
      <button class="primary call-next" aria-keyshortcuts=${CALL_NEXT_KEY} @click=${() => requestAction(this, { kind: 'call-next' })}>
        Call next <kbd aria-hidden="true">${CALL_NEXT_KEY}</kbd>
      </button>
      ${this.renderNext()}
      <p class="hint">
        Press <kbd>${CALL_NEXT_KEY}</kbd> anywhere on this page to call the next visitor.${t ? ` Calling next finishes ${t.code} first.` : ''}
        ${this.counter.status === 'open' ? '' : ` The counter is ${this.counter.status}; calling opens it again.`}
      </p>
    </section>
    <cb-finish-dialog></cb-finish-dialog>
    <cb-transfer-dialog></cb-transfer-dialog>`;
  }

  /** What "Call next" will call, by the same rule the server applies (shared/call-next.ts). */
  private renderNext() {
    const next = callableTickets(this.snapshot, this.counter)[0];
    return html`<p class="next" data-testid="next-up">
      ${next ? html`Next: <strong>${next.code}</strong> · ${serviceName(this.snapshot, next.serviceId)}` : 'Nobody is waiting for this counter.'}
    </p>`;
  }

  private renderTicket(t: WireTicket) {
    const since = t.calledAt === null ? null : formatWait(this.serverNow - t.calledAt);
    return html`<div class="ticket ${t.status}">
      <span class="code" data-testid="current-code">${t.code}</span>
      <div class="details">
        <span class="service">${serviceName(this.snapshot, t.serviceId)}</span>
        <div class="facts">
          ${since ? html`<span>Called ${since === 'under 1 min' ? 'just now' : `${since} ago`}</span>` : nothing}
          <span>Waited ${formatWait((t.calledAt ?? this.serverNow) - t.effectiveAt)}</span>
          ${t.recallCount > 0 ? html`<span>Recalled ${t.recallCount}×</span>` : nothing}
          ${t.priority === 'priority' ? html`<span class="pill warn">Priority</span>` : nothing}
          ${t.language ? html`<span>Language: ${t.language}</span>` : nothing}
        </div>
      </div>
    </div>`;
  }

  private renderActions(t: WireTicket) {
    const act = (action: TicketAction) => () => requestAction(this, { kind: 'ticket', ticket: t, action });
    const called = t.status === 'called';
    return html`<div class="ticket-actions" role="group" aria-label="Actions for ${t.code}">
      ${called ? html`<button @click=${act({ type: 'start' })}>Start serving</button>` : nothing}
      ${called ? html`<button @click=${act({ type: 'recall' })}>Recall</button>` : nothing}
      <button @click=${() => this.finishDialog.open(t)}>Finish…</button>
      <button @click=${() => this.transferDialog.open(t, this.snapshot, this.counter)}>Transfer…</button>
      <button @click=${act({ type: 'park' })}>Park</button>
      ${called ? html`<button class="danger" @click=${act({ type: 'no-show' })}>No-show</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-call-panel': CbCallPanel;
  }
}

/** `<cb-kiosk-ticket>`: the ticket just issued, on screen: the code large, the queue ahead and a QR code to follow it by phone. */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { checkIcon, printIcon } from './icons.ts';
import { KioskStep } from './kiosk-step.ts';
import type { TicketView } from './ticket-view.ts';

@customElement('cb-kiosk-ticket')
export class CbKioskTicket extends KioskStep {
  static override styles = [
    KioskStep.styles,
    css`
      :host {
        gap: 1.4rem;
      }
      .card {
        display: grid;
        justify-items: center;
        gap: 0.4rem;
        padding: 1.6rem 1.4rem 1.8rem;
        border-radius: 1.6rem;
        background: var(--cb-primary);
        color: var(--cb-on-primary);
        text-align: center;
        box-shadow: 0 1rem 2.4rem rgb(0 0 0 / 0.3);
        animation: arrive 500ms cubic-bezier(0.2, 0.9, 0.3, 1.2);
      }
      .label {
        font-size: 1.2rem;
        font-weight: 700;
        letter-spacing: 0.08em;
        text-transform: uppercase;
      }
      .code {
        font-size: 7rem;
        font-weight: 800;
        line-height: 1;
        letter-spacing: 0.02em;
        font-variant-numeric: tabular-nums;
      }
      .service {
        font-size: 1.5rem;
        font-weight: 600;
      }
      .chip {
        margin-top: 0.4rem;
        padding: 0.2rem 0.9rem;
        border: 0.12rem solid currentColor;
        border-radius: 999px;
        font-size: 1rem;
        font-weight: 700;
      }
      .facts {
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: minmax(0, 1fr);
        gap: 1rem;
        margin: 0;
      }
      .fact {
        padding: 1rem 1.2rem;
        border-radius: 1.2rem;
        background: var(--cb-surface);
      }
      dt {
        font-size: 1rem;
        font-weight: 600;
        color: var(--cb-muted);
      }
      dd {
        margin: 0.3rem 0 0;
        font-size: 2.2rem;
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
      .phone {
        display: flex;
        align-items: center;
        gap: 1.4rem;
        padding: 1rem 1.2rem;
        border-radius: 1.2rem;
        background: var(--cb-surface);
      }
      .phone img {
        width: 9rem;
        height: 9rem;
        flex: none;
        padding: 0.4rem;
        border-radius: 0.6rem;
        background: #fff;
      }
      .phone p {
        margin: 0;
        font-size: 1.3rem;
        font-weight: 600;
        line-height: 1.4;
      }
      .notes {
        margin: 0;
        font-size: 1.2rem;
        line-height: 1.45;
        color: var(--cb-muted);
      }
      .notes strong {
        display: block;
        color: var(--cb-text);
      }
      .actions {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 1rem;
      }
      .action {
        min-height: 4.2rem;
        font-size: 1.35rem;
      }
      /* Tablets (3:4) are shorter in rem than a 9:16 totem: tighten so "Done" stays on screen without scrolling. */
      @media (min-aspect-ratio: 2/3) {
        :host {
          gap: 0.9rem;
        }
        .card {
          padding: 1rem 1.2rem 1.2rem;
        }
        .code {
          font-size: 5.2rem;
        }
        .fact,
        .phone {
          padding: 0.7rem 1rem;
        }
        dd {
          font-size: 1.8rem;
        }
        .phone img {
          width: 6.5rem;
          height: 6.5rem;
        }
        .action {
          min-height: 3.6rem;
        }
      }
      @keyframes arrive {
        from {
          transform: translateY(1.5rem) scale(0.96);
          opacity: 0;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .card {
          animation: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) ticket: TicketView | null = null;

  override render() {
    const t = this.ticket;
    if (!t) return nothing;
    const c = this.c;
    return html`
      <h1 tabindex="-1">${c.yourTicket}</h1>
      <div class="card">
        <span class="label">${c.yourNumber}</span>
        <bdi class="code">${t.code}</bdi>
        <span class="service">${t.serviceName}</span>
        ${t.priority ? html`<span class="chip">${c.priority}</span>` : nothing}
      </div>
      <dl class="facts">
        <div class="fact"><dt>${c.peopleAhead}</dt><dd>${t.ahead}</dd></div>
        ${t.wait ? html`<div class="fact"><dt>${c.estimatedWait}</dt><dd>${t.wait}</dd></div>` : nothing}
      </dl>
      <div class="phone">
        <img src=${t.qr} alt="" />
        <p>${c.scanToFollow}</p>
      </div>
      <p class="notes"><strong>${c.takeTicket}</strong>${c.watchScreen}</p>
      <div class="actions">
        <button class="action secondary" @click=${() => this.emit('kiosk-print')}>${printIcon}${c.printAgain}</button>
        <button class="action primary" @click=${() => this.emit('kiosk-done')}>${checkIcon}${c.done}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-kiosk-ticket': CbKioskTicket;
  }
  interface HTMLElementEventMap {
    'kiosk-print': CustomEvent<void>;
    'kiosk-done': CustomEvent<void>;
  }
}

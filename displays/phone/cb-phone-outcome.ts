/** `<cb-phone-outcome>`: what became of the ticket (being served, done, missed, cancelled) or why there is none to show. */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fill } from '../common/i18n.ts';
import { checkIcon, leaveIcon, warningIcon } from './icons.ts';
import type { PhoneMessageKey } from './i18n.ts';
import type { PhoneView } from './phone-api.ts';
import { PhoneElement } from './phone-element.ts';
import './cb-phone-survey.ts';

export type Outcome = 'serving' | 'done' | 'no_show' | 'cancelled' | 'left' | 'not_found' | 'no_ticket';

const TEXTS: Record<Outcome, { title: PhoneMessageKey; text: PhoneMessageKey | null }> = {
  serving: { title: 'beingServed', text: null },
  done: { title: 'thankYouTitle', text: 'thankYouText' },
  no_show: { title: 'noShowTitle', text: 'noShowText' },
  cancelled: { title: 'cancelledTitle', text: 'cancelledText' },
  left: { title: 'leftTitle', text: 'leftText' },
  not_found: { title: 'notFoundTitle', text: 'notFoundText' },
  no_ticket: { title: 'noTicketTitle', text: 'noTicketText' },
};

@customElement('cb-phone-outcome')
export class CbPhoneOutcome extends PhoneElement {
  static override styles = [
    PhoneElement.styles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 1rem;
        padding-top: 2.5rem;
        text-align: center;
      }
      .badge {
        display: grid;
        place-items: center;
        width: 5rem;
        height: 5rem;
        border-radius: 50%;
        background: var(--cb-surface);
        color: var(--cb-accent);
      }
      .badge svg {
        width: 2.8rem;
        height: 2.8rem;
      }
      h1 {
        text-align: center;
      }
      .text {
        max-width: 22rem;
        font-size: 1.1rem;
      }
      .code {
        font-size: 1.1rem;
        font-weight: 700;
        color: var(--cb-muted);
      }
      .counter {
        font-size: 2.4rem;
        font-weight: 800;
        color: var(--cb-accent);
      }
    `,
  ];

  @property() outcome: Outcome = 'no_ticket';
  @property({ attribute: false }) view: PhoneView | null = null;

  override render() {
    const c = this.c;
    const { title, text } = TEXTS[this.outcome];
    const good = this.outcome === 'done' || this.outcome === 'serving';
    const icon = good ? checkIcon : this.outcome === 'left' ? leaveIcon : warningIcon;
    const counter = this.view?.counter;
    return html`
      <div class="badge">${icon}</div>
      <h1 tabindex="-1">${c[title]}</h1>
      ${this.outcome === 'serving' && counter
        ? html`<p class="counter">${fill(c.atCounter, { counter: String(counter.number) })}</p>`
        : nothing}
      ${text ? html`<p class="text">${c[text]}</p>` : nothing}
      ${this.view ? html`<p class="code">${c.yourTicket}: <bdi>${this.view.ticket.code}</bdi></p>` : nothing}
      ${this.outcome === 'done' ? html`<cb-phone-survey .locale=${this.locale}></cb-phone-survey>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-outcome': CbPhoneOutcome;
  }
}

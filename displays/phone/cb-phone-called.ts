/** `<cb-phone-called>`: the takeover when the ticket is called: the whole screen says whose turn it is and where to go. */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { PhoneView } from './phone-api.ts';
import { PhoneElement } from './phone-element.ts';

@customElement('cb-phone-called')
export class CbPhoneCalled extends PhoneElement {
  static override styles = [
    PhoneElement.styles,
    css`
      :host {
        position: fixed;
        inset: 0;
        z-index: 10;
        display: block;
        background: var(--cb-primary);
        color: var(--cb-on-primary);
      }
      .takeover {
        box-sizing: border-box;
        min-height: 100%;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: 1.2rem;
        padding: 2rem 1.4rem calc(2rem + env(safe-area-inset-bottom));
        text-align: center;
        animation: pulse 1s steps(1, end) 4;
      }
      h1 {
        font-size: 2.3rem;
        text-align: center;
      }
      .again {
        font-size: 1.1rem;
        font-weight: 700;
      }
      .code {
        font-size: 5.6rem;
        font-weight: 800;
        line-height: 1;
        font-variant-numeric: tabular-nums;
      }
      .to {
        font-size: 1.3rem;
        font-weight: 600;
      }
      .counter {
        display: grid;
        justify-items: center;
        padding: 1rem 2.2rem;
        border-radius: 1.3rem;
        background: var(--cb-on-primary);
        color: var(--cb-primary);
      }
      .counter-label {
        font-size: 1.1rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.06em;
      }
      .counter-number {
        font-size: 5rem;
        font-weight: 800;
        line-height: 1;
        font-variant-numeric: tabular-nums;
      }
      .counter-name {
        font-size: 1.1rem;
        font-weight: 600;
      }
      /* The colour swap pulses four times, once a second: seen from the corner of an eye, far below seizure thresholds. */
      @keyframes pulse {
        50% {
          background: var(--cb-on-primary);
          color: var(--cb-primary);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .takeover {
          animation: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) view: PhoneView | null = null;

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const c = this.c;
    const { ticket, counter } = view;
    const showName = counter !== null && counter.name.replace(/\D/g, '') !== String(counter.number);
    // Keyed on the recall count so a recall replays the pulse.
    return keyed(
      `${ticket.id}:${ticket.recallCount}`,
      html`<section class="takeover" role="alert" aria-atomic="true">
        <h1 tabindex="-1">${c.yourTurn}</h1>
        ${ticket.recallCount > 0 ? html`<p class="again">${c.calledAgain}</p>` : nothing}
        <bdi class="code">${ticket.code}</bdi>
        ${counter
          ? html`<p class="to">${c.goTo}</p>
              <div class="counter">
                <span class="counter-label">${c.counter}</span>
                <span class="counter-number">${counter.number}</span>
                ${showName ? html`<span class="counter-name">${counter.name}</span>` : nothing}
              </div>`
          : nothing}
      </section>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-called': CbPhoneCalled;
  }
}

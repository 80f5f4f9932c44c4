/** `<cb-phone-waiting>`: a ticket still in the queue: its code, how many are ahead, the wait, the alert switches and "I'm leaving". */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatTime, localizedName } from '../common/format.ts';
import { fill } from '../common/i18n.ts';
import { minutesRange } from '../common/wait-range.ts';
import type { NotifyState, SoundState } from './call-alert.ts';
import './cb-phone-alerts.ts';
import { leaveIcon, warningIcon } from './icons.ts';
import type { PhoneView } from './phone-api.ts';
import { PhoneElement } from './phone-element.ts';

@customElement('cb-phone-waiting')
export class CbPhoneWaiting extends PhoneElement {
  static override styles = [
    PhoneElement.styles,
    css`
      :host {
        display: grid;
        gap: 1rem;
      }
      .ticket {
        display: grid;
        justify-items: center;
        gap: 0.2rem;
        padding: 1.2rem;
        border-radius: 1.3rem;
        background: var(--cb-primary);
        color: var(--cb-on-primary);
        text-align: center;
      }
      .ticket h1 {
        font-size: 0.95rem;
        font-weight: 700;
        letter-spacing: 0.08em;
        text-transform: uppercase;
        text-align: center;
      }
      .code {
        font-size: 4.4rem;
        font-weight: 800;
        line-height: 1.05;
        font-variant-numeric: tabular-nums;
      }
      .service {
        font-size: 1.15rem;
        font-weight: 600;
      }
      .chip {
        margin-top: 0.3rem;
        padding: 0.1rem 0.7rem;
        border: 0.1rem solid currentColor;
        border-radius: 999px;
        font-size: 0.85rem;
        font-weight: 700;
      }
      .position {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        align-items: center;
        gap: 0.3rem 1rem;
      }
      .ahead {
        font-size: 3.4rem;
        font-weight: 800;
        line-height: 1;
        font-variant-numeric: tabular-nums;
        color: var(--cb-accent);
      }
      .ahead-label {
        font-size: 1.1rem;
        font-weight: 700;
      }
      .next {
        grid-column: 1 / -1;
        font-size: 1.6rem;
        font-weight: 800;
        color: var(--cb-accent);
      }
      .wait {
        grid-column: 1 / -1;
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        padding-top: 0.7rem;
        margin-top: 0.4rem;
        border-top: 0.06rem solid color-mix(in srgb, var(--cb-text) 18%, transparent);
        font-size: 1.05rem;
      }
      .wait strong {
        font-size: 1.2rem;
      }
      .note {
        display: grid;
        gap: 0.3rem;
      }
      .status {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.9rem;
      }
      .status svg {
        width: 1.1rem;
        height: 1.1rem;
      }
      .offline {
        padding: 0.5rem 0.8rem;
        border-radius: 0.7rem;
        background: var(--cb-alert);
        color: var(--cb-on-alert);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) view: PhoneView | null = null;
  /** The last poll got no answer: what is shown may be out of date. */
  @property({ type: Boolean }) offline = false;
  @property({ type: Number }) fetchedAt: number | null = null;
  @property() sound: SoundState = 'unknown';
  @property() notify: NotifyState = 'unsupported';

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const c = this.c;
    const { ticket, branch, service } = view;
    const serviceName = localizedName(service.names, this.locale, branch.languages);
    return html`
      <section class="ticket">
        <h1 tabindex="-1">${c.yourTicket}</h1>
        <bdi class="code">${ticket.code}</bdi>
        <span class="service">${serviceName}</span>
        ${ticket.priority === 'priority' ? html`<span class="chip">${c.priority}</span>` : nothing}
      </section>
      ${ticket.status === 'parked' ? this.parked() : this.position(view)}
      ${ticket.status === 'transferred' ? html`<p class="card">${fill(c.movedTo, { service: serviceName })}</p>` : nothing}
      ${this.statusLine(view)}
      <cb-phone-alerts .locale=${this.locale} .sound=${this.sound} .notify=${this.notify}></cb-phone-alerts>
      <button class="action secondary" @click=${() => this.emit('phone-leave-ask')}>${leaveIcon}${c.leave}</button>
    `;
  }

  private position(view: PhoneView) {
    const c = this.c;
    const wait = view.estimate ? minutesRange(view.estimate.min, view.estimate.max, c.min) : null;
    // One live region for what the visitor waits for: screen readers hear the count change without hunting for it.
    return html`<section class="card position" aria-live="polite" aria-atomic="true">
      ${view.ahead === 0
        ? html`<p class="next">${c.youAreNext}</p>`
        : html`<span class="ahead">${view.ahead}</span><span class="ahead-label">${c.peopleAhead}</span>`}
      ${wait ? html`<p class="wait"><span>${c.estimatedWait}</span><strong>${wait}</strong></p>` : nothing}
    </section>`;
  }

  private parked() {
    const c = this.c;
    return html`<section class="card note"><h2>${c.parkedTitle}</h2><p>${c.parkedText}</p></section>`;
  }

  private statusLine(view: PhoneView) {
    const c = this.c;
    if (this.offline) return html`<p class="status offline" role="status">${warningIcon}${c.offline}</p>`;
    const tz = view.branch.timezone;
    const issued = fill(c.issuedAt, { time: formatTime(view.ticket.createdAt, this.locale, tz, 'time') });
    const updated = this.fetchedAt === null ? '' : fill(c.updatedAt, { time: clockTime(this.fetchedAt, this.locale) });
    return html`<p class="status muted">${issued}${updated ? html` · ${updated}` : nothing}</p>`;
  }
}

/** When the phone last heard from the server, on the phone's own clock: that is what "up to date" means to its owner. */
function clockTime(at: number, lang: string): string {
  return new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(at);
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-waiting': CbPhoneWaiting;
  }
  interface HTMLElementEventMap {
    /** "I'm leaving" was tapped: ask before cancelling. */
    'phone-leave-ask': CustomEvent<void>;
  }
}

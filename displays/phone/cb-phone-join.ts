/** `<cb-phone-join>`: remote joining from the entrance QR code: pick a service, get a ticket on this phone. */
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localizedName } from '../common/format.ts';
import { fill } from '../common/i18n.ts';
import { minutesRange } from '../common/wait-range.ts';
import { warningIcon } from './icons.ts';
import type { PhoneMessageKey } from './i18n.ts';
import type { JoinableService, JoinOptions } from './phone-api.ts';
import { PhoneElement } from './phone-element.ts';

@customElement('cb-phone-join')
export class CbPhoneJoin extends PhoneElement {
  static override styles = [
    PhoneElement.styles,
    css`
      form {
        display: grid;
        gap: 1rem;
      }
      .lead {
        color: var(--cb-muted);
      }
      fieldset {
        display: grid;
        gap: 0.7rem;
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        margin-bottom: 0.7rem;
        padding: 0;
      }
      .option {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        align-items: center;
        gap: 0.2rem 0.9rem;
        min-height: 4rem;
        padding: 0.8rem 1rem;
        border-radius: 1rem;
        background: var(--cb-surface);
        border: 0.12rem solid transparent;
        cursor: pointer;
      }
      .option:has(input:checked) {
        border-color: var(--cb-accent);
      }
      .option:has(input:disabled) {
        cursor: default;
        background: transparent;
        border-color: color-mix(in srgb, var(--cb-text) 14%, transparent);
      }
      .option:has(input:focus-visible) {
        outline: 0.18rem solid var(--cb-text);
        outline-offset: 0.18rem;
      }
      input {
        grid-row: span 2;
        width: 1.4rem;
        height: 1.4rem;
        margin: 0;
        accent-color: var(--cb-accent);
      }
      .name {
        font-size: 1.1rem;
        font-weight: 700;
      }
      .meta {
        font-size: 0.95rem;
        color: var(--cb-muted);
      }
      .error {
        display: flex;
        gap: 0.6rem;
        align-items: flex-start;
        padding: 0.8rem 1rem;
        border-radius: 0.9rem;
        background: var(--cb-alert);
        color: var(--cb-on-alert);
        font-weight: 600;
      }
      .error svg {
        width: 1.3rem;
        height: 1.3rem;
        flex: none;
      }
    `,
  ];

  @property({ attribute: false }) options: JoinOptions | null = null;
  /** Why nothing can be joined at all (remote joining disabled, no connection). */
  @property() problem: PhoneMessageKey | null = null;
  @property({ type: Boolean }) busy = false;
  @property() error: PhoneMessageKey | null = null;

  @state() private selected: number | null = null;

  override render() {
    const c = this.c;
    const services = this.options?.services ?? [];
    return html`
      <form @submit=${this.submit} @change=${this.pick} novalidate>
        <fieldset>
          <legend><h1 tabindex="-1">${c.joinTitle}</h1></legend>
          ${this.problem === 'joinDisabled' ? nothing : html`<p class="lead">${c.joinLead}</p>`}
          ${this.problem ? html`<p class="error" role="alert">${warningIcon}<span>${c[this.problem]}</span></p>` : nothing}
          ${this.options && services.length === 0 ? html`<p>${c.joinNoServices}</p>` : nothing}
          ${this.options === null && this.problem === null ? html`<p class="muted" role="status">${c.loading}</p>` : nothing}
          ${services.map((service) => this.option(service))}
        </fieldset>
        ${this.error ? html`<p class="error" role="alert">${warningIcon}<span>${c[this.error]}</span></p>` : nothing}
        ${services.length > 0
          ? html`<button class="action primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
              ${this.busy ? c.joining : c.getTicket}
            </button>`
          : nothing}
      </form>
    `;
  }

  private option(service: JoinableService) {
    const c = this.c;
    const branch = this.options!.branch;
    const wait = service.estimate ? minutesRange(service.estimate.min, service.estimate.max, c.min) : null;
    const meta = !service.openNow
      ? c.closedNow
      : service.waiting === 0
        ? c.noWait
        : [fill(c.waitingCount, { count: String(service.waiting) }), wait].filter(Boolean).join(' · ');
    return html`<label class="option">
      <input
        type="radio"
        name="service"
        .value=${String(service.id)}
        ?disabled=${!service.openNow}
        .checked=${this.selected === service.id}
      />
      <span class="name">${localizedName(service.names, this.locale, branch.languages)}</span>
      <span class="meta">${meta}</span>
    </label>`;
  }

  private pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.name === 'service') this.selected = Number(input.value);
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    if (this.selected === null) {
      this.error = 'chooseServiceFirst';
      return;
    }
    this.error = null;
    this.dispatchEvent(new CustomEvent('phone-join', { detail: this.selected, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-join': CbPhoneJoin;
  }
  interface HTMLElementEventMap {
    /** Join the queue of this service (its id). */
    'phone-join': CustomEvent<number>;
  }
}

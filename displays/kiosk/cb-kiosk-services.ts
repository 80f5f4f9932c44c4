/** `<cb-kiosk-services>`: one large button per service with its queue and wait; closed services shown but not choosable. */
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fill } from '../common/i18n.ts';
import { backIcon, clockIcon, forwardIcon, priorityIcon, warningIcon } from './icons.ts';
import type { KioskMessageKey } from './i18n.ts';
import { KioskStep } from './kiosk-step.ts';
import type { ServiceOption } from './service-options.ts';

@customElement('cb-kiosk-services')
export class CbKioskServices extends KioskStep {
  static override styles = [
    KioskStep.styles,
    css`
      .list {
        display: grid;
        gap: 0.9rem;
        margin: 0.4rem 0 0;
        padding: 0;
        list-style: none;
      }
      .service {
        box-sizing: border-box;
        width: 100%;
        min-height: 7rem;
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'name go' 'meta go';
        align-items: center;
        gap: 0.35rem 1.2rem;
        padding: 1rem 1.4rem;
        border-radius: 1.2rem;
        background: var(--cb-surface);
        border: 0.12rem solid color-mix(in srgb, var(--cb-text) 14%, transparent);
        border-inline-start: 0.5rem solid var(--cb-accent);
        text-align: start;
      }
      .service[aria-disabled='true'] {
        cursor: default;
        border-inline-start-color: var(--cb-muted);
        background: transparent;
      }
      .name {
        grid-area: name;
        font-size: 1.8rem;
        font-weight: 800;
        line-height: 1.2;
      }
      .meta {
        grid-area: meta;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.2rem 1.4rem;
        font-size: 1.1rem;
        color: var(--cb-muted);
      }
      .meta b {
        font-size: 1.35rem;
        color: var(--cb-text);
        font-variant-numeric: tabular-nums;
      }
      .wait b {
        color: var(--cb-accent);
      }
      .closed {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: 700;
      }
      .closed svg {
        width: 1.2em;
        height: 1.2em;
      }
      .go {
        grid-area: go;
        display: grid;
        place-items: center;
        width: 3rem;
        height: 3rem;
        border-radius: 50%;
        background: var(--cb-primary);
        color: var(--cb-on-primary);
      }
      .go svg {
        width: 1.9rem;
        height: 1.9rem;
      }
      .spinner {
        width: 1.6rem;
        height: 1.6rem;
        border: 0.25rem solid currentColor;
        border-inline-end-color: transparent;
        border-radius: 50%;
        animation: spin 800ms linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(360deg);
        }
      }
      .banner {
        display: flex;
        align-items: center;
        gap: 0.8rem;
        padding: 0.9rem 1.2rem;
        border-radius: 1rem;
        font-size: 1.15rem;
        font-weight: 600;
        line-height: 1.35;
      }
      .banner > svg {
        width: 1.8rem;
        height: 1.8rem;
        flex: none;
      }
      .banner .grow {
        flex: 1;
      }
      .error {
        background: var(--cb-alert);
        color: var(--cb-on-alert);
      }
      .priority-on {
        background: var(--cb-primary);
        color: var(--cb-on-primary);
      }
      .priority-on button {
        min-height: 2.8rem;
        padding: 0.3rem 1rem;
        border: 0.12rem solid currentColor;
        border-radius: 0.8rem;
        font-size: 1rem;
        font-weight: 700;
      }
      .empty {
        font-size: 1.3rem;
      }
      /* Tablets (3:4) are shorter in rem than a 9:16 totem: tighter cards keep "Back" on screen. */
      @media (min-aspect-ratio: 2/3) {
        .service {
          min-height: 5.4rem;
          padding-block: 0.7rem;
        }
        .name {
          font-size: 1.55rem;
        }
      }
      /* At the bottom: within reach from a wheelchair on a tall totem, and out of the way of the list. */
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 1rem;
        margin-top: auto;
        padding-top: 1rem;
      }
    `,
  ];

  @property({ attribute: false }) options: readonly ServiceOption[] = [];
  @property({ type: Boolean }) priority = false;
  /** The service whose ticket is being issued: every button waits meanwhile, so one touch gives one ticket. */
  @property({ type: Number }) busyId: number | null = null;
  @property() error: KioskMessageKey | null = null;

  override render() {
    const c = this.c;
    return html`
      <h1 tabindex="-1">${c.chooseService}</h1>
      <p class="lead">${c.chooseServiceHint}</p>
      ${this.priority
        ? html`<div class="banner priority-on">
            ${priorityIcon}<span class="grow">${c.prioritySelected}</span>
            <button @click=${() => this.emit('kiosk-priority-cancel')}>${c.priorityCancel}</button>
          </div>`
        : nothing}
      ${this.error ? html`<div class="banner error" role="alert">${warningIcon}<span>${c[this.error]}</span></div>` : nothing}
      ${this.options.length === 0 ? html`<p class="empty">${c.noServices}</p>` : nothing}
      <ul class="list">
        ${this.options.map((option) => html`<li>${this.serviceButton(option)}</li>`)}
      </ul>
      <div class="actions">
        <button class="action secondary" @click=${() => this.emit('kiosk-back')}>${backIcon}${c.back}</button>
        ${this.priority
          ? nothing
          : html`<button class="action secondary" @click=${() => this.emit('kiosk-priority-ask')}>
              ${priorityIcon}${c.priorityButton}
            </button>`}
      </div>
    `;
  }

  private serviceButton(option: ServiceOption) {
    const c = this.c;
    const busy = this.busyId !== null;
    // aria-disabled rather than disabled: a closed service stays in the tab order, so a screen reader still learns it exists and why it cannot be chosen.
    const unavailable = !option.open || busy;
    const closedText = option.opensAt ? `${c.closedNow} · ${fill(c.opensAt, { time: option.opensAt })}` : c.closedNow;
    const meta = option.open
      ? html`<span class="count"><b>${option.waiting}</b> ${c.waiting}</span>
          ${option.waiting === 0
            ? html`<span class="wait"><b>${c.noWait}</b></span>`
            : option.wait
              ? html`<span class="wait">${c.wait} <b>${option.wait}</b></span>`
              : nothing}`
      : html`<span class="closed">${clockIcon}${closedText}</span>`;
    return html`<button
      class="service"
      data-service=${option.id}
      aria-disabled=${unavailable ? 'true' : 'false'}
      aria-busy=${this.busyId === option.id ? 'true' : 'false'}
      @click=${() => !unavailable && this.choose(option.id)}
    >
      <span class="name">${option.name}</span>
      <span class="meta">${meta}</span>
      ${option.open
        ? html`<span class="go">${this.busyId === option.id ? html`<span class="spinner"></span>` : forwardIcon}</span>`
        : nothing}
    </button>`;
  }

  private choose(serviceId: number): void {
    this.dispatchEvent(new CustomEvent('kiosk-service', { detail: serviceId, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-kiosk-services': CbKioskServices;
  }
  interface HTMLElementEventMap {
    /** The visitor chose a service (its id): issue a ticket for it. */
    'kiosk-service': CustomEvent<number>;
    'kiosk-priority-ask': CustomEvent<void>;
    'kiosk-priority-cancel': CustomEvent<void>;
    'kiosk-back': CustomEvent<void>;
  }
}

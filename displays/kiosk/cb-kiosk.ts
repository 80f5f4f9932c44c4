/** `<cb-kiosk>`: the ticket kiosk: language → service (→ priority) → ticket, printed; back to the start when left alone. */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BranchSnapshot } from '../../shared/model.ts';
import '../common/cb-clock.ts';
import { directionOf, fill } from '../common/i18n.ts';
import { applyPalette } from '../common/palette-props.ts';
import { paletteFor } from '../common/theme.ts';
import './cb-kiosk-languages.ts';
import './cb-kiosk-priority.ts';
import './cb-kiosk-services.ts';
import './cb-kiosk-ticket.ts';
import './cb-ticket-slip.ts';
import type { CbTicketSlip } from './cb-ticket-slip.ts';
import { warningIcon } from './icons.ts';
import { kioskCatalog, kioskLanguages, resolveKioskLanguage, type KioskMessageKey } from './i18n.ts';
import { IdleTimer } from './idle-timer.ts';
import type { IssueTicket } from './issue-ticket.ts';
import { kioskStyles } from './kiosk-styles.ts';
import { languageChoices } from './kiosk-languages.ts';
import type { KioskStep } from './kiosk-step.ts';
import { PAPER_WIDTH_MM, setPrintPage } from './print-page.ts';
import { phoneUrl, qrImageUrl } from './qr.ts';
import { serviceOptions } from './service-options.ts';
import { ticketView, type TicketView } from './ticket-view.ts';

type Step = 'language' | 'service' | 'priority' | 'ticket';

/** Long enough to read a list of services; short enough that the next visitor never finds someone else's choices. */
const IDLE_MS = 30_000;
const TICKET_IDLE_MS = 15_000;

@customElement('cb-kiosk')
export class CbKiosk extends LitElement {
  static override styles = kioskStyles;

  @property({ attribute: false }) snapshot: BranchSnapshot | null = null;
  /** This kiosk's own languages, in order (set by the admin or `?lang=`); null means the branch's. */
  @property({ attribute: false }) languages: readonly string[] | null = null;
  /** True while the link to the server has been down for more than a few seconds. */
  @property({ type: Boolean }) outOfService = false;
  /** Why, for staff, when the server refuses this kiosk. */
  @property() outOfServiceDetail: string | null = null;
  @property({ type: Number }) offsetMs = 0;
  @property({ attribute: false }) issue: IssueTicket | null = null;

  @state() private step: Step = 'language';
  @state() private chosenLanguage: string | null = null;
  @state() private priority = false;
  @state() private busyId: number | null = null;
  @state() private error: KioskMessageKey | null = null;
  @state() private ticket: TicketView | null = null;
  @state() private announcement = '';
  /** Re-read every half minute so services open and close on time without any event. */
  @state() private now = Date.now();

  private get stepElement(): KioskStep | null {
    return this.renderRoot.querySelector<KioskStep>('main > *');
  }

  private get slip(): CbTicketSlip | null {
    return this.renderRoot.querySelector('cb-ticket-slip');
  }

  private readonly idle = new IdleTimer(() => this.reset());
  /** Bumped by every reset, so an answer that arrives after its visitor has gone is dropped. */
  private visit = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private readonly onActivity = () => this.idle.poke();

  /** The language the visitor chose, else the kiosk's main one. */
  private get locale(): string {
    return this.chosenLanguage ?? this.ownLanguages[0] ?? 'en';
  }

  private get ownLanguages(): readonly string[] {
    return this.languages?.length ? this.languages : (this.snapshot?.branch.languages ?? []);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), 30_000);
    this.addEventListener('pointerdown', this.onActivity);
    this.addEventListener('keydown', this.onActivity);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.idle.dispose();
    this.removeEventListener('pointerdown', this.onActivity);
    this.removeEventListener('keydown', this.onActivity);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Whoever was at the kiosk when the link dropped has gone to the desk; the next visitor starts fresh.
    if (changed.has('outOfService') && this.outOfService) this.reset();
    applyPalette(this, paletteFor(this.snapshot?.branch.theme));
    const dir = directionOf(this.locale);
    this.dir = dir;
    document.documentElement.lang = this.locale;
    document.documentElement.dir = dir;
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (!changed.has('step')) return;
    this.idle.arm(this.step === 'language' ? null : this.step === 'ticket' ? TICKET_IDLE_MS : IDLE_MS);
    // The first render is the page load, not a step the visitor took: leave focus where the browser put it.
    if (changed.get('step') !== undefined) void this.stepElement?.focusHeading();
  }

  override render() {
    const c = kioskCatalog(this.locale);
    const branch = this.snapshot?.branch;
    return html`
      <div class="screen" ?inert=${this.outOfService}>
        ${branch
          ? html`<header>
                <div class="brand">
                  ${branch.theme.logoUrl ? html`<img src=${branch.theme.logoUrl} alt="" />` : nothing}
                  <span>${branch.name}</span>
                </div>
                <cb-clock .timeZone=${branch.timezone} .locale=${this.locale} .offsetMs=${this.offsetMs}></cb-clock>
              </header>
              <main
                @kiosk-language=${(e: CustomEvent<string>) => this.chooseLanguage(e.detail)}
                @kiosk-service=${(e: CustomEvent<number>) => void this.chooseService(e.detail)}
                @kiosk-priority-ask=${() => this.go('priority')}
                @kiosk-priority-confirm=${() => this.setPriority(true)}
                @kiosk-priority-cancel=${() => this.setPriority(false)}
                @kiosk-back=${() => (this.step === 'priority' ? this.go('service') : this.reset())}
                @kiosk-print=${() => void this.printSlip()}
                @kiosk-done=${() => this.reset()}
              >
                ${this.renderStep()}
              </main>`
          : html`<div class="splash">${c.starting}</div>`}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.outOfService ? this.renderOutage() : nothing}
      <cb-ticket-slip .ticket=${this.ticket} .locale=${this.locale}></cb-ticket-slip>
    `;
  }

  /** In every language of the kiosk: nobody has chosen one, and everyone must understand it. */
  private renderOutage() {
    const c = kioskCatalog(this.locale);
    const others = this.ownLanguages
      .filter((lang) => resolveKioskLanguage(lang) !== resolveKioskLanguage(this.locale))
      .filter((lang, i, all) => all.findIndex((l) => resolveKioskLanguage(l) === resolveKioskLanguage(lang)) === i);
    return html`<div class="outage" role="alert">
      ${warningIcon}
      <h1>${c.outOfService}</h1>
      <p>${c.askAtDesk}</p>
      ${others.map((lang) => {
        const t = kioskCatalog(lang);
        return html`<p class="other" lang=${lang} dir=${directionOf(lang)}>${t.outOfService} · ${t.askAtDesk}</p>`;
      })}
      ${this.outOfServiceDetail ? html`<p class="detail">${this.outOfServiceDetail}</p>` : nothing}
    </div>`;
  }

  private renderStep() {
    const snapshot = this.snapshot!;
    switch (this.step) {
      case 'language':
        return html`<cb-kiosk-languages
          .locale=${this.locale}
          .languages=${languageChoices(this.ownLanguages, kioskLanguages)}
        ></cb-kiosk-languages>`;
      case 'service': {
        const options = serviceOptions(snapshot, this.locale, this.now + this.offsetMs, kioskCatalog(this.locale));
        return html`<cb-kiosk-services
          .locale=${this.locale}
          .options=${options}
          .priority=${this.priority}
          .busyId=${this.busyId}
          .error=${this.error}
        ></cb-kiosk-services>`;
      }
      case 'priority':
        return html`<cb-kiosk-priority .locale=${this.locale}></cb-kiosk-priority>`;
      case 'ticket':
        return html`<cb-kiosk-ticket .locale=${this.locale} .ticket=${this.ticket}></cb-kiosk-ticket>`;
    }
  }

  private go(step: Step): void {
    this.error = null;
    this.step = step;
  }

  private chooseLanguage(lang: string): void {
    this.chosenLanguage = lang;
    this.go('service');
  }

  private setPriority(on: boolean): void {
    this.priority = on;
    if (this.step !== 'service') this.go('service');
  }

  private async chooseService(serviceId: number): Promise<void> {
    if (this.busyId !== null || !this.issue || !this.snapshot) return;
    const c = kioskCatalog(this.locale);
    this.busyId = serviceId;
    this.error = null;
    this.announcement = c.issuing;
    const lang = this.locale;
    const visit = this.visit;
    const outcome = await this.issue({ serviceId, priority: this.priority ? 'priority' : 'normal', language: lang });
    if (visit !== this.visit) return;
    if (!outcome.ok) {
      this.busyId = null;
      this.error = outcome.reason;
      this.announcement = '';
      return;
    }
    const { issued } = outcome;
    const qr = await qrImageUrl(phoneUrl(issued.phoneToken));
    if (visit !== this.visit) return;
    // The snapshot may be a moment behind; the ticket's own service id is the truth.
    const service = this.snapshot.services.find((s) => s.id === issued.ticket.serviceId);
    this.ticket = ticketView(issued, this.snapshot.branch, service, lang, qr, c);
    this.busyId = null;
    this.go('ticket');
    this.announcement = fill(c.ticketAnnouncement, {
      code: [...issued.ticket.code].join(' '),
      service: this.ticket.serviceName,
      ahead: String(issued.ahead),
    });
    await this.printSlip();
  }

  private async printSlip(): Promise<void> {
    await this.updateComplete;
    const slip = this.slip;
    if (!slip) return;
    await slip.ready();
    setPrintPage(PAPER_WIDTH_MM, slip.lengthMm());
    // Let the ticket paint on screen first: a print call holds the page still until the printer has the job.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (this.step === 'ticket') window.print();
  }

  /** Back to the start screen, forgetting everything the last visitor chose. */
  private reset(): void {
    this.visit += 1;
    this.chosenLanguage = null;
    this.priority = false;
    this.busyId = null;
    this.ticket = null;
    this.announcement = '';
    this.go('language');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-kiosk': CbKiosk;
  }
}

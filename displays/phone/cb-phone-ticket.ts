/** `<cb-phone-ticket>`: the visitor's ticket page: the right view for its status, the takeover on a call, and the leave dialog. */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { NotifyState, SoundState } from './call-alert.ts';
import './cb-phone-called.ts';
import './cb-phone-leave-dialog.ts';
import './cb-phone-outcome.ts';
import type { Outcome } from './cb-phone-outcome.ts';
import './cb-phone-waiting.ts';
import type { PhoneMessageKey } from './i18n.ts';
import { PhoneElement } from './phone-element.ts';
import type { PollState } from './ticket-poller.ts';

type Screen = 'loading' | 'waiting' | 'called' | Outcome;

@customElement('cb-phone-ticket')
export class CbPhoneTicket extends PhoneElement {
  @property({ attribute: false }) state: PollState = { view: null, fetchedAt: null, problem: null };
  @property() sound: SoundState = 'unknown';
  @property() notify: NotifyState = 'unsupported';
  @property({ type: Boolean }) leaveOpen = false;
  @property({ type: Boolean }) leaving = false;
  @property() leaveError: PhoneMessageKey | null = null;
  /** The visitor cancelled from this page: thank them rather than report a cancellation. */
  @property({ type: Boolean }) leftHere = false;

  private shown: Screen | null = null;

  override updated(): void {
    const screen = this.screen();
    if (screen === this.shown) return;
    const first = this.shown === null || this.shown === 'loading';
    this.shown = screen;
    // A change of status is news: move focus so a screen reader reads it. The first picture after loading is not.
    const shown = this.renderRoot.querySelector('[data-screen]');
    if (!first && shown instanceof PhoneElement) void shown.focusHeading();
  }

  override render() {
    const { view } = this.state;
    const screen = this.screen();
    switch (screen) {
      case 'loading':
        return html`<p class="muted" role="status" data-screen>${this.state.problem === 'offline' ? this.c.errorNetwork : this.c.loading}</p>`;
      case 'waiting':
        return html`<cb-phone-waiting
            data-screen
            .locale=${this.locale}
            .view=${view}
            .offline=${this.state.problem === 'offline'}
            .fetchedAt=${this.state.fetchedAt}
            .sound=${this.sound}
            .notify=${this.notify}
          ></cb-phone-waiting>
          ${view
            ? html`<cb-phone-leave-dialog
                .locale=${this.locale}
                .open=${this.leaveOpen}
                .busy=${this.leaving}
                .error=${this.leaveError}
                .code=${view.ticket.code}
              ></cb-phone-leave-dialog>`
            : nothing}`;
      case 'called':
        return html`<cb-phone-called data-screen .locale=${this.locale} .view=${view}></cb-phone-called>`;
      default:
        return html`<cb-phone-outcome data-screen .locale=${this.locale} .outcome=${screen} .view=${view}></cb-phone-outcome>`;
    }
  }

  private screen(): Screen {
    const { view, problem } = this.state;
    if (problem === 'not_found') return 'not_found';
    if (!view) return 'loading';
    switch (view.ticket.status) {
      case 'waiting':
      case 'transferred':
      case 'parked':
        return 'waiting';
      case 'called':
        return 'called';
      case 'serving':
        return 'serving';
      case 'done':
        return 'done';
      case 'no_show':
        return 'no_show';
      case 'cancelled':
        return this.leftHere ? 'left' : 'cancelled';
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-ticket': CbPhoneTicket;
  }
}

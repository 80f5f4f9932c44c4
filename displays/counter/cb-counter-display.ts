/** `<cb-counter-display>`: the screen over a counter: the ticket it calls or serves, or that it is closed or paused. */
import { LitElement, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { currentTicketAt } from '../../shared/branch-state.ts';
import type { BranchSnapshot, WireTicket } from '../../shared/model.ts';
import '../common/cb-clock.ts';
import '../common/cb-link-badge.ts';
import type { LinkState } from '../common/connection-types.ts';
import { catalogFor, directionOf } from '../common/i18n.ts';
import { paletteFor } from '../common/theme.ts';
import { applyPalette } from '../common/palette-props.ts';

export class CbCounterDisplay extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      display: grid;
      grid-template-rows: auto minmax(0, 1fr);
      gap: 2vmin;
      padding: 3vmin 4vmin 4vmin;
      background: var(--cb-background);
      color: var(--cb-text);
      font-family: 'Inter', 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif;
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 3vmin;
    }
    .title {
      display: flex;
      align-items: baseline;
      gap: 2vmin;
      min-width: 0;
      font-size: clamp(16px, 6vmin, 160px);
      font-weight: 800;
    }
    .title small {
      font-size: 0.55em;
      font-weight: 600;
      color: var(--cb-muted);
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .status {
      display: flex;
      align-items: center;
      gap: 2vmin;
      --cb-clock-size: 6vmin;
    }
    .panel {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 2vmin;
      border-radius: 3vmin;
      background: var(--cb-surface);
      text-align: center;
      overflow: hidden;
    }
    .panel.called {
      background: var(--cb-primary);
      color: var(--cb-on-primary);
    }
    .label {
      font-size: clamp(16px, 6vmin, 160px);
      font-weight: 700;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    .code {
      font-size: min(48vh, 30vw);
      font-weight: 800;
      line-height: 0.95;
      font-variant-numeric: tabular-nums;
    }
    .state {
      font-size: min(26vh, 16vw);
      font-weight: 800;
      line-height: 1;
    }
    .reason,
    .hint {
      font-size: clamp(16px, 6vmin, 160px);
      font-weight: 500;
      color: var(--cb-muted);
    }
    .flash {
      animation: pulse 1s steps(1, end) 3;
    }
    @keyframes pulse {
      50% {
        background: var(--cb-flash);
        color: var(--cb-on-flash);
      }
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    snapshot: { attribute: false },
    counterId: { type: Number },
    link: { attribute: false },
    locale: {},
    offsetMs: { type: Number },
    fatal: {},
  };

  snapshot: BranchSnapshot | null = null;
  counterId = 0;
  link: LinkState | null = null;
  locale = 'en';
  offsetMs = 0;
  fatal: string | null = null;

  /** The call shown when the screen first drew: it is not news, so it does not flash. */
  private firstCallKey: string | null | undefined = undefined;

  override willUpdate(): void {
    applyPalette(this, paletteFor(this.snapshot?.branch.theme));
    this.dir = directionOf(this.locale);
    if (this.firstCallKey === undefined && this.snapshot) this.firstCallKey = callKey(this.ticket());
  }

  override render() {
    const c = catalogFor(this.locale);
    const state = this.snapshot;
    const badge = html`<cb-link-badge
      .link=${this.link}
      .locale=${this.locale}
      .timeZone=${state?.branch.timezone ?? 'UTC'}
      .offsetMs=${this.offsetMs}
    ></cb-link-badge>`;
    if (this.fatal || !state) return html`<div class="panel">${this.fatal ?? badge}</div>`;
    const counter = state.counters.find((x) => x.id === this.counterId);
    if (!counter) return html`<div class="panel"><div class="hint">${c.unknownCounter}</div></div>`;
    const showName = counter.name.replace(/\D/g, '') !== String(counter.number);
    return html`<header>
        <div class="title">
          <span>${c.counter} ${counter.number}</span>
          ${showName ? html`<small>${counter.name}</small>` : nothing}
        </div>
        <div class="status">
          ${badge}
          <cb-clock .timeZone=${state.branch.timezone} .locale=${this.locale} .offsetMs=${this.offsetMs}></cb-clock>
        </div>
      </header>
      ${this.body(counter.status, counter.pauseReason, this.ticket())}`;
  }

  private ticket(): WireTicket | undefined {
    return this.snapshot ? currentTicketAt(this.snapshot, this.counterId) : undefined;
  }

  private body(status: string, pauseReason: string | null, ticket: WireTicket | undefined) {
    const c = catalogFor(this.locale);
    if (status === 'closed') return html`<div class="panel"><div class="state">${c.closed}</div></div>`;
    if (status === 'paused') {
      return html`<div class="panel">
        <div class="state">${c.onBreak}</div>
        ${pauseReason ? html`<div class="reason">${pauseReason}</div>` : nothing}
      </div>`;
    }
    const key = callKey(ticket);
    if (!ticket) return html`<div class="panel"><div class="hint">${c.available}</div></div>`;
    const called = ticket.status === 'called';
    const flash = called && key !== this.firstCallKey;
    return keyed(
      key,
      html`<div class="panel ${called ? 'called' : ''} ${flash ? 'flash' : ''}" role="status" aria-live="assertive">
        <div class="label">${called ? c.nowCalling : c.nowServing}</div>
        <bdi class="code">${ticket.code}</bdi>
      </div>`,
    );
  }
}
customElements.define('cb-counter-display', CbCounterDisplay);

/** Changes with every call and recall of a ticket, which is when the screen should flash. */
function callKey(ticket: WireTicket | undefined): string | null {
  return ticket ? `${ticket.id}:${ticket.recallCount}:${ticket.calledAt}` : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-counter-display': CbCounterDisplay;
  }
}

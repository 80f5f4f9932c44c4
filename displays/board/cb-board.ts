/** `<cb-board>`: the waiting-room screen, laid out for landscape and portrait TVs from 720p to 4K. */
import { LitElement, css, html, nothing } from 'lit';
import type { BranchSnapshot, CallRecord } from '../../shared/model.ts';
import type { Announcement } from '../../shared/protocol.ts';
import type { AudioState } from '../common/announcer.ts';
import '../common/cb-clock.ts';
import '../common/cb-link-badge.ts';
import type { LinkState } from '../common/connection-types.ts';
import { catalogFor, directionOf } from '../common/i18n.ts';
import { paletteFor } from '../common/theme.ts';
import { applyPalette } from '../common/palette-props.ts';
import './cb-call-history.ts';
import './cb-current-call.ts';
import './cb-idle-slide.ts';
import './cb-service-waits.ts';
import './cb-ticker.ts';

export class CbBoard extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      display: grid;
      grid-template-columns: minmax(0, 1.32fr) minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1.35fr) minmax(0, 0.8fr) auto auto;
      grid-template-areas: 'header header' 'hero calls' 'content calls' 'stats stats' 'ticker ticker';
      gap: 2.2vmin 2.6vmin;
      padding: 2.4vmin 3vmin 0;
      overflow: hidden;
      background: var(--cb-background);
      color: var(--cb-text);
      font-family: 'Inter', 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif;
      -webkit-font-smoothing: antialiased;
      --cb-hero-code: 22vh;
      --cb-hero-counter: 14vh;
      --cb-code: 8.6vh;
    }
    @media (orientation: portrait) {
      :host {
        grid-template-columns: minmax(0, 1fr);
        grid-template-rows: auto 25vh 33vh auto minmax(0, 1fr) auto;
        grid-template-areas: 'header' 'hero' 'calls' 'stats' 'content' 'ticker';
        --cb-hero-code: 12.5vh;
        --cb-hero-counter: 7vh;
        --cb-code: 8.2vh;
      }
    }
    header {
      grid-area: header;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 3vmin;
      min-width: 0;
    }
    .brand {
      display: flex;
      align-items: center;
      gap: 2vmin;
      min-width: 0;
    }
    .brand img {
      height: 7vmin;
      max-width: 22vmin;
      object-fit: contain;
    }
    .brand span {
      font-size: clamp(16px, 4.2vmin, 110px);
      font-weight: 800;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .status {
      display: flex;
      align-items: center;
      gap: 2.4vmin;
      flex: none;
    }
    cb-clock {
      --cb-clock-date-color: var(--cb-muted);
    }
    cb-current-call {
      grid-area: hero;
    }
    cb-call-history {
      grid-area: calls;
    }
    cb-idle-slide,
    .content {
      grid-area: content;
      min-height: 0;
    }
    cb-service-waits {
      grid-area: stats;
    }
    cb-ticker {
      grid-area: ticker;
      margin-inline: -3vmin;
    }
    .stale-bar {
      position: fixed;
      inset: 0 0 auto;
      height: 0.7vmin;
      background: repeating-linear-gradient(-45deg, var(--cb-alert) 0 2vmin, transparent 2vmin 4vmin);
    }
    .sound {
      display: flex;
      align-items: center;
      gap: 1.2vmin;
      padding: 1.2vmin 2.4vmin;
      border: 0.3vmin solid var(--cb-on-primary);
      border-radius: 999px;
      background: var(--cb-primary);
      color: var(--cb-on-primary);
      font: inherit;
      font-size: clamp(13px, 2.2vmin, 60px);
      font-weight: 700;
      cursor: pointer;
    }
    .sound svg {
      width: 3vmin;
      height: 3vmin;
    }
    .splash {
      grid-column: 1 / -1;
      grid-row: 1 / -1;
      display: grid;
      place-content: center;
      justify-items: center;
      gap: 3vmin;
      text-align: center;
      font-size: clamp(16px, 3.4vmin, 90px);
      font-weight: 600;
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    snapshot: { attribute: false },
    current: { attribute: false },
    presentation: { type: Number },
    history: { attribute: false },
    link: { attribute: false },
    audio: {},
    announcement: { attribute: false },
    locale: {},
    offsetMs: { type: Number },
    fatal: {},
    contentZone: { attribute: false },
    signageTicker: {},
  };

  snapshot: BranchSnapshot | null = null;
  current: CallRecord | null = null;
  /** Bumped for each call the call queue presents, to replay the arrival flash. */
  presentation = 0;
  history: readonly CallRecord[] = [];
  link: LinkState | null = null;
  audio: AudioState = 'unlocked';
  announcement: Announcement | null = null;
  locale = 'en';
  offsetMs = 0;
  /** Shown instead of the board when the display cannot run at all (no token, say). */
  fatal: string | null = null;
  /** The signage player, once the board has content scheduled; until then the idle slide fills its place. */
  contentZone: HTMLElement | null = null;
  /** Ticker items of the playing signage playlist, after the branch's own ticker line. */
  signageTicker = '';

  private tickerLine(branchTicker: string): string {
    return [branchTicker.trim(), this.signageTicker].filter(Boolean).join('   •   ');
  }

  override willUpdate(): void {
    applyPalette(this, paletteFor(this.snapshot?.branch.theme));
    this.dir = directionOf(this.locale);
    // Most boards go days without an announcement, so the banner's code is fetched with the first one;
    // until it is defined, <cb-announcement-banner> is an empty element that upgrades with its property set.
    if (this.announcement) import('./cb-announcement-banner.ts').catch((error: unknown) => console.warn('[board] no banner', error));
  }

  override render() {
    const branch = this.snapshot?.branch;
    const badge = html`<cb-link-badge
      .link=${this.link}
      .locale=${this.locale}
      .timeZone=${branch?.timezone ?? 'UTC'}
      .offsetMs=${this.offsetMs}
    ></cb-link-badge>`;
    if (!this.snapshot || !branch || this.fatal) {
      return html`<div class="splash">${this.fatal ?? badge}</div>`;
    }
    const c = catalogFor(this.locale);
    const dir = directionOf(this.locale);
    return html`
      ${this.link?.stale ? html`<div class="stale-bar"></div>` : nothing}
      <header>
        <div class="brand">
          ${branch.theme.logoUrl ? html`<img src=${branch.theme.logoUrl} alt="" />` : nothing}
          <span>${branch.name}</span>
        </div>
        <div class="status">
          ${this.audio === 'blocked' ? this.soundButton(c.tapForSound) : nothing} ${badge}
          <cb-clock .timeZone=${branch.timezone} .locale=${this.locale} .offsetMs=${this.offsetMs} showDate></cb-clock>
        </div>
      </header>
      <cb-current-call
        dir=${dir}
        .call=${this.current ?? this.history[0] ?? null}
        .locale=${this.locale}
        .presentation=${this.current ? this.presentation : 0}
      ></cb-current-call>
      <cb-call-history .calls=${this.previousCalls()} .locale=${this.locale}></cb-call-history>
      ${this.contentZone
        ? html`<div class="content">${this.contentZone}</div>`
        : html`<cb-idle-slide
            .branchName=${branch.name}
            .logoUrl=${branch.theme.logoUrl}
            .locale=${this.locale}
            .timeZone=${branch.timezone}
            .offsetMs=${this.offsetMs}
          ></cb-idle-slide>`}
      <cb-service-waits
        .services=${this.snapshot.services}
        .stats=${this.snapshot.stats}
        .locale=${this.locale}
        .branchLanguages=${branch.languages}
      ></cb-service-waits>
      ${this.tickerLine(branch.ticker) ? html`<cb-ticker dir=${dir} .text=${this.tickerLine(branch.ticker)}></cb-ticker>` : nothing}
      <cb-announcement-banner .announcement=${this.announcement} .locale=${this.locale}></cb-announcement-banner>
    `;
  }

  /** One row per ticket: a recalled ticket moves up instead of appearing twice. */
  private previousCalls(): CallRecord[] {
    const shown = this.current ?? this.history[0];
    const seen = new Set<number>(shown ? [shown.ticketId] : []);
    const rows: CallRecord[] = [];
    for (const call of this.history) {
      if (seen.has(call.ticketId)) continue;
      seen.add(call.ticketId);
      rows.push(call);
    }
    return rows;
  }

  private soundButton(label: string) {
    return html`<button class="sound" @click=${this.enableSound}>
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path
          fill="currentColor"
          d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"
        />
      </svg>
      ${label}
    </button>`;
  }

  private enableSound(): void {
    this.dispatchEvent(new CustomEvent('cb-enable-sound', { bubbles: true, composed: true }));
  }
}
customElements.define('cb-board', CbBoard);

declare global {
  interface HTMLElementTagNameMap {
    'cb-board': CbBoard;
  }
  interface HTMLElementEventMap {
    /** The viewer tapped "enable sound"; the handler must unlock audio within this gesture. */
    'cb-enable-sound': CustomEvent<void>;
  }
}

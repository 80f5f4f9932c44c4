/** `<cb-announcement-banner>`: an overlay carrying a staff announcement across the screen while it is held. */
import { LitElement, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Announcement } from '../../shared/protocol.ts';
import { catalogFor, directionOf } from '../common/i18n.ts';

export class CbAnnouncementBanner extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset-inline: 3vmin;
      bottom: 12vh;
      z-index: 10;
      pointer-events: none;
    }
    .banner {
      display: flex;
      align-items: center;
      gap: 3vmin;
      padding: 3vmin 4vmin;
      border-radius: 2.4vmin;
      background: var(--cb-primary);
      color: var(--cb-on-primary);
      border: 0.5vmin solid var(--cb-on-primary);
      box-shadow: 0 2vmin 6vmin rgb(0 0 0 / 0.5);
      animation: rise 600ms cubic-bezier(0.2, 0.9, 0.3, 1);
    }
    svg {
      flex: none;
      width: 10vmin;
      height: 10vmin;
    }
    .label {
      font-size: clamp(12px, 2.6vmin, 72px);
      font-weight: 700;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    .text {
      margin-top: 0.8vmin;
      font-size: clamp(18px, 4.8vmin, 130px);
      font-weight: 700;
      line-height: 1.2;
    }
    @keyframes rise {
      from {
        opacity: 0;
        transform: translateY(40%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .banner {
        animation: appear 300ms steps(1, end);
      }
    }
    @keyframes appear {
      from {
        opacity: 0;
      }
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    announcement: { attribute: false },
    locale: {},
  };

  announcement: Announcement | null = null;
  locale = 'en';

  override render() {
    const a = this.announcement;
    if (!a) return nothing;
    return keyed(
      a.id,
      html`<div class="banner" role="alert">
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path
            fill="currentColor"
            d="M18 3v18l-6-4H6a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2h6l6-4zm2 6.5a3 3 0 0 1 0 5V9.5zM7 18h3l1 4H8l-1-4z"
          />
        </svg>
        <div>
          <div class="label">${catalogFor(this.locale).announcement}</div>
          <div class="text" lang=${a.language} dir=${directionOf(a.language)}>${a.text}</div>
        </div>
      </div>`,
    );
  }
}
customElements.define('cb-announcement-banner', CbAnnouncementBanner);

declare global {
  interface HTMLElementTagNameMap {
    'cb-announcement-banner': CbAnnouncementBanner;
  }
}

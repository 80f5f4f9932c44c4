/** `<cb-link-badge>`: says, discreetly, that the screen is offline and how old its picture is; loudly if refused. */
import { LitElement, css, html, nothing } from 'lit';
import { CloseCode } from '../../shared/protocol.ts';
import type { LinkState } from './connection-types.ts';
import { formatTime } from './format.ts';
import { catalogFor, fill } from './i18n.ts';

export class CbLinkBadge extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.9vmin;
      padding: 0.7vmin 1.6vmin;
      border-radius: 999px;
      background: var(--cb-alert);
      color: var(--cb-on-alert);
      font-size: clamp(12px, 1.9vmin, 48px);
      font-weight: 600;
      line-height: 1.2;
      white-space: nowrap;
    }
    .dot {
      width: 1vmin;
      height: 1vmin;
      border-radius: 50%;
      background: currentColor;
    }
    .refused {
      white-space: normal;
      max-width: 46vw;
      border-radius: 1.2vmin;
      padding: 1.2vmin 2vmin;
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    link: { attribute: false },
    locale: {},
    timeZone: {},
    offsetMs: { type: Number },
  };

  link: LinkState | null = null;
  locale = 'en';
  timeZone = 'UTC';
  offsetMs = 0;

  override render() {
    const link = this.link;
    if (!link || !link.stale) return nothing;
    const c = catalogFor(this.locale);
    if (link.status === 'refused') {
      const text = link.refusedCode === CloseCode.BadVersion ? c.wrongVersion : c.notAuthorized;
      return html`<span class="badge refused" role="alert"><span class="dot"></span>${text}</span>`;
    }
    const text =
      link.lastUpdateAt === null
        ? c.reconnecting
        : `${c.offline} · ${fill(c.updatedAt, {
            time: formatTime(link.lastUpdateAt + this.offsetMs, this.locale, this.timeZone, 'time'),
          })}`;
    return html`<span class="badge" role="status"><span class="dot"></span>${text}</span>`;
  }
}
customElements.define('cb-link-badge', CbLinkBadge);

declare global {
  interface HTMLElementTagNameMap {
    'cb-link-badge': CbLinkBadge;
  }
}

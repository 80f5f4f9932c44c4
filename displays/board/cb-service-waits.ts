/** `<cb-service-waits>`: per service, how many wait and for about how long; pages through when they do not fit. */
import { LitElement, css, html } from 'lit';
import type { ServiceStats, WireService } from '../../shared/model.ts';
import { localizedName, waitRange } from '../common/format.ts';
import { catalogFor } from '../common/i18n.ts';

const PAGE_SIZE = 4;
const PAGE_MS = 10_000;

export class CbServiceWaits extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: 1.6vmin;
    }
    @media (orientation: portrait) {
      :host {
        grid-auto-flow: row;
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
    .service {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas: 'name name' 'count wait' 'label wait-label';
      align-items: end;
      column-gap: 2.4vmin;
      padding: 1.4vmin 2.2vmin 1.6vmin;
      border-radius: 1.6vmin;
      background: var(--cb-surface);
      border-inline-start: 0.8vmin solid var(--cb-accent);
      animation: fade 600ms ease-out;
    }
    .name {
      grid-area: name;
      margin-bottom: 0.8vmin;
      font-size: clamp(13px, 2.5vmin, 68px);
      font-weight: 700;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .count,
    .wait {
      font-size: clamp(16px, 4.4vmin, 120px);
      font-weight: 800;
      line-height: 1;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .count {
      grid-area: count;
    }
    .wait {
      grid-area: wait;
      justify-self: end;
      font-size: clamp(14px, 3.4vmin, 92px);
      color: var(--cb-accent);
    }
    .label,
    .wait-label {
      margin-top: 0.5vmin;
      font-size: clamp(10px, 1.6vmin, 44px);
      font-weight: 600;
      color: var(--cb-muted);
      text-transform: uppercase;
      letter-spacing: 0.06em;
      white-space: nowrap;
    }
    .label {
      grid-area: label;
    }
    .wait-label {
      grid-area: wait-label;
      justify-self: end;
    }
    @keyframes fade {
      from {
        opacity: 0;
      }
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    services: { attribute: false },
    stats: { attribute: false },
    locale: {},
    branchLanguages: { attribute: false },
    page: { state: true },
  };

  services: readonly WireService[] = [];
  stats: readonly ServiceStats[] = [];
  locale = 'en';
  branchLanguages: readonly string[] = [];

  private page = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => (this.page += 1), PAGE_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  override render() {
    const c = catalogFor(this.locale);
    const rows = this.services
      .filter((s) => s.active)
      .map((service) => ({ service, stats: this.stats.find((s) => s.serviceId === service.id) }));
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    const start = (this.page % pages) * PAGE_SIZE;
    return rows.slice(start, start + PAGE_SIZE).map(({ service, stats }) => {
      const wait = stats ? waitRange(stats, c) : null;
      return html`<div class="service">
        <span class="name">${localizedName(service.names, this.locale, this.branchLanguages)}</span>
        <span class="count">${stats?.waiting ?? 0}</span>
        <span class="label">${c.waiting}</span>
        <span class="wait">${wait ?? '—'}</span>
        <span class="wait-label">${c.estimatedWait}</span>
      </div>`;
    });
  }
}
customElements.define('cb-service-waits', CbServiceWaits);

declare global {
  interface HTMLElementTagNameMap {
    'cb-service-waits': CbServiceWaits;
  }
}

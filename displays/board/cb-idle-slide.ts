/** `<cb-idle-slide>`: the content zone's branded resting slide (name, time, welcome), until signage fills the zone. */
import { LitElement, css, html, nothing } from 'lit';
import '../common/cb-clock.ts';
import { catalogFor } from '../common/i18n.ts';

export class CbIdleSlide extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 0;
      overflow: hidden;
      border-radius: 2.4vmin;
      background:
        radial-gradient(120% 140% at 100% 0%, color-mix(in srgb, var(--cb-accent) 18%, transparent), transparent 60%),
        var(--cb-surface);
      /* The zone's size depends on layout and orientation: type scales with the zone itself. */
      container-type: size;
    }
    .slide {
      box-sizing: border-box;
      height: 100%;
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      gap: 4cqw;
      padding: 0 4cqw;
    }
    .welcome {
      font-size: clamp(11px, min(2.4vmin, 9cqh), 68px);
      font-weight: 700;
      letter-spacing: 0.08em;
      text-transform: uppercase;
      color: var(--cb-accent);
    }
    .name {
      margin: 0.4em 0 0.3em;
      font-size: clamp(16px, min(5vmin, 17cqh), 140px);
      font-weight: 800;
      line-height: 1.1;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .line {
      margin: 0;
      font-size: clamp(12px, min(2.5vmin, 9cqh), 68px);
      line-height: 1.35;
      color: var(--cb-muted);
    }
    .aside {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 2cqh;
    }
    img {
      max-height: 20cqh;
      max-width: 24vmin;
      object-fit: contain;
    }
    cb-clock {
      --cb-clock-size: clamp(18px, min(8vmin, 30cqh), 220px);
      --cb-clock-date-size: clamp(11px, min(2.3vmin, 9cqh), 64px);
      --cb-clock-date-color: var(--cb-muted);
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    branchName: {},
    logoUrl: { attribute: false },
    locale: {},
    timeZone: {},
    offsetMs: { type: Number },
  };

  branchName = '';
  logoUrl: string | null = null;
  locale = 'en';
  timeZone = 'UTC';
  offsetMs = 0;

  override render() {
    const c = catalogFor(this.locale);
    return html`<div class="slide">
      <div>
        <div class="welcome">${c.welcome}</div>
        <div class="name">${this.branchName}</div>
        <p class="line">${c.takeTicket}</p>
      </div>
      <div class="aside">
        ${this.logoUrl ? html`<img src=${this.logoUrl} alt="" />` : nothing}
        <cb-clock .timeZone=${this.timeZone} .locale=${this.locale} .offsetMs=${this.offsetMs} showDate></cb-clock>
      </div>
    </div>`;
  }
}
customElements.define('cb-idle-slide', CbIdleSlide);

declare global {
  interface HTMLElementTagNameMap {
    'cb-idle-slide': CbIdleSlide;
  }
}

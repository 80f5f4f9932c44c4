/** `<cb-phone-app>`: the phone page's frame: the branch's name and colours, the reading direction, and the page inside. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { WireBranch } from '../../shared/model.ts';
import { directionOf } from '../common/i18n.ts';
import { applyPalette } from '../common/palette-props.ts';
import { paletteFor } from '../common/theme.ts';

@customElement('cb-phone-app')
export class CbPhoneApp extends LitElement {
  static override styles = css`
    :host {
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      min-height: 100dvh;
      background: var(--cb-background);
      color: var(--cb-text);
      font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif;
      -webkit-font-smoothing: antialiased;
    }
    header {
      display: flex;
      align-items: center;
      gap: 0.7rem;
      padding: calc(0.9rem + env(safe-area-inset-top)) 1.2rem 0.9rem;
      border-bottom: 0.06rem solid color-mix(in srgb, var(--cb-text) 14%, transparent);
    }
    header img {
      height: 2rem;
      max-width: 8rem;
      object-fit: contain;
    }
    header span {
      font-size: 1rem;
      font-weight: 700;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    main {
      box-sizing: border-box;
      width: 100%;
      max-width: 32rem;
      margin: 0 auto;
      padding: 1.2rem 1.2rem calc(2rem + env(safe-area-inset-bottom));
    }
  `;

  @property({ attribute: false }) branch: WireBranch | null = null;
  @property() locale = 'en';

  override willUpdate(): void {
    const palette = paletteFor(this.branch?.theme);
    applyPalette(this, palette);
    this.dir = directionOf(this.locale);
    document.documentElement.lang = this.locale;
    document.documentElement.dir = this.dir;
    document.documentElement.style.background = palette.background;
  }

  override render() {
    const branch = this.branch;
    return html`
      ${branch
        ? html`<header>
            ${branch.theme.logoUrl ? html`<img src=${branch.theme.logoUrl} alt="" />` : nothing}
            <span>${branch.name}</span>
          </header>`
        : nothing}
      <main><slot></slot></main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-phone-app': CbPhoneApp;
  }
}

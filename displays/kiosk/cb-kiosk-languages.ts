/** `<cb-kiosk-languages>`: the start screen: a welcome and one large button per language, each in its own words. */
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { directionOf } from '../common/i18n.ts';
import { forwardIcon } from './icons.ts';
import { kioskCatalog } from './i18n.ts';
import { autonym } from './kiosk-languages.ts';
import { KioskStep } from './kiosk-step.ts';

@customElement('cb-kiosk-languages')
export class CbKioskLanguages extends KioskStep {
  static override styles = [
    KioskStep.styles,
    css`
      :host {
        justify-content: center;
        gap: 2.2rem;
        flex: 1;
      }
      .welcome {
        display: grid;
        gap: 0.8rem;
      }
      h1 {
        font-size: 4rem;
      }
      .others {
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1.2rem;
        font-size: 1.1rem;
        color: var(--cb-muted);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
        gap: 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .lang {
        box-sizing: border-box;
        width: 100%;
        min-height: 7.4rem;
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'name arrow' 'hint arrow';
        align-items: center;
        column-gap: 1rem;
        padding: 1rem 1.4rem;
        border-radius: 1.2rem;
        background: var(--cb-surface);
        border: 0.12rem solid color-mix(in srgb, var(--cb-text) 14%, transparent);
        text-align: start;
      }
      .lang:hover {
        border-color: var(--cb-accent);
      }
      .name {
        grid-area: name;
        font-size: 2rem;
        font-weight: 800;
      }
      .hint {
        grid-area: hint;
        font-size: 1rem;
        color: var(--cb-muted);
      }
      .arrow {
        grid-area: arrow;
        display: grid;
        place-items: center;
        width: 2.8rem;
        height: 2.8rem;
        border-radius: 50%;
        background: var(--cb-primary);
        color: var(--cb-on-primary);
      }
      .arrow svg {
        width: 1.8rem;
        height: 1.8rem;
      }
    `,
  ];

  /** In the order to show them; the first is the branch's main language. */
  @property({ attribute: false }) languages: readonly string[] = [];

  override render() {
    const c = this.c;
    const others = this.languages.filter((l) => l !== this.locale).map((l) => ({ l, text: kioskCatalog(l).welcome }));
    const distinct = others.filter(({ text }, i) => text !== c.welcome && others.findIndex((o) => o.text === text) === i);
    return html`
      <div class="welcome">
        <h1 tabindex="-1">${c.welcome}</h1>
        ${distinct.length > 0
          ? html`<p class="others" aria-hidden="true">
              ${distinct.map(({ l, text }) => html`<span lang=${l} dir=${directionOf(l)}>${text}</span>`)}
            </p>`
          : null}
        <p class="lead">${c.chooseLanguage}</p>
      </div>
      <ul class="grid">
        ${this.languages.map(
          (lang) => html`<li>
            <button class="lang" lang=${lang} dir=${directionOf(lang)} @click=${() => this.choose(lang)}>
              <span class="name">${autonym(lang)}</span>
              <span class="hint">${kioskCatalog(lang).touchToStart}</span>
              <span class="arrow">${forwardIcon}</span>
            </button>
          </li>`,
        )}
      </ul>
    `;
  }

  private choose(lang: string): void {
    this.dispatchEvent(new CustomEvent('kiosk-language', { detail: lang, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-kiosk-languages': CbKioskLanguages;
  }
  interface HTMLElementEventMap {
    /** The visitor chose the language (a BCP 47 tag) for the rest of their visit. */
    'kiosk-language': CustomEvent<string>;
  }
}

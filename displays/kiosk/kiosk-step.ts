/** What every kiosk step shares: its language, the look of headings and buttons, and focus on its heading when shown. */
import { css, type CSSResultGroup } from 'lit';
import { VisitorElement } from '../common/visitor-element.ts';
import { kioskCatalog, type KioskCatalog } from './i18n.ts';

export class KioskStep extends VisitorElement {
  static override styles: CSSResultGroup = css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 1.2rem;
      min-height: 0;
    }
    h1 {
      margin: 0;
      font-size: 2.3rem;
      font-weight: 800;
      line-height: 1.15;
      letter-spacing: -0.01em;
      text-align: start;
    }
    /* Focus lands on the heading so screen readers read the new step; a ring around a title only puzzles touch users. */
    h1:focus {
      outline: none;
    }
    .lead {
      margin: 0;
      font-size: 1.15rem;
      line-height: 1.4;
      color: var(--cb-muted);
    }
    button {
      font: inherit;
      color: inherit;
      cursor: pointer;
      border: 0;
      background: none;
      touch-action: manipulation;
      -webkit-tap-highlight-color: transparent;
    }
    button:focus-visible {
      outline: 0.22rem solid var(--cb-text);
      outline-offset: 0.22rem;
    }
    button:active:not([aria-disabled='true']) {
      transform: scale(0.985);
    }
    .action {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.6rem;
      min-height: 3.4rem;
      padding: 0.5rem 1.6rem;
      border-radius: 1rem;
      font-size: 1.2rem;
      font-weight: 700;
      line-height: 1.2;
    }
    .primary {
      background: var(--cb-primary);
      color: var(--cb-on-primary);
      box-shadow: 0 0.4rem 1.2rem rgb(0 0 0 / 0.25);
    }
    .secondary {
      border: 0.12rem solid var(--cb-muted);
      color: var(--cb-text);
    }
    .action svg {
      width: 1.3em;
      height: 1.3em;
      flex: none;
    }
    .flip:dir(rtl) {
      transform: scaleX(-1);
    }
    /* Tablets (3:4) are shorter in rem than a 9:16 totem. */
    @media (min-aspect-ratio: 2/3) {
      :host {
        gap: 0.9rem;
      }
      h1 {
        font-size: 2rem;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      button:active:not([aria-disabled='true']) {
        transform: none;
      }
    }
  `;

  protected get c(): KioskCatalog {
    return kioskCatalog(this.locale);
  }
}

/** What the phone's elements share: their language, the look of cards, headings and buttons, and focus on a new heading. */
import { css, type CSSResultGroup } from 'lit';
import { VisitorElement } from '../common/visitor-element.ts';
import { phoneCatalog, type PhoneCatalog } from './i18n.ts';

export class PhoneElement extends VisitorElement {
  static override styles: CSSResultGroup = css`
    :host {
      display: block;
    }
    h1,
    h2 {
      margin: 0;
      line-height: 1.2;
      text-align: start;
    }
    h1 {
      font-size: 1.75rem;
      font-weight: 800;
    }
    h2 {
      font-size: 1.15rem;
      font-weight: 700;
    }
    /* Focus is moved to headings for screen readers; a ring around a title only puzzles everyone else. */
    [tabindex='-1']:focus {
      outline: none;
    }
    p {
      margin: 0;
      line-height: 1.45;
    }
    .card {
      padding: 1.1rem 1.2rem;
      border-radius: 1.1rem;
      background: var(--cb-surface);
    }
    .muted {
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
      outline: 0.18rem solid var(--cb-text);
      outline-offset: 0.18rem;
    }
    .action {
      box-sizing: border-box;
      width: 100%;
      min-height: 3.2rem;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.5rem;
      padding: 0.6rem 1.2rem;
      border-radius: 0.9rem;
      font-size: 1.05rem;
      font-weight: 700;
      line-height: 1.2;
    }
    .primary {
      background: var(--cb-primary);
      color: var(--cb-on-primary);
    }
    .secondary {
      border: 0.1rem solid var(--cb-muted);
    }
    .danger {
      background: var(--cb-alert);
      color: var(--cb-on-alert);
    }
    .action[aria-disabled='true'] {
      cursor: default;
      opacity: 0.75;
    }
    .action svg {
      width: 1.3em;
      height: 1.3em;
      flex: none;
    }
  `;

  protected get c(): PhoneCatalog {
    return phoneCatalog(this.locale);
  }
}

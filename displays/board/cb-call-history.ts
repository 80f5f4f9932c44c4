/** `<cb-call-history>`: the calls made before the current one, ticket → counter, newest first. */
import { LitElement, css, html } from 'lit';
import type { CallRecord } from '../../shared/model.ts';
import { catalogFor } from '../common/i18n.ts';

/** Rows always drawn, empty ones as quiet placeholders, so the layout does not jump as calls arrive. */
const ROWS = 5;

export class CbCallHistory extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      overflow: hidden;
    }
    .head,
    li {
      display: grid;
      grid-template-columns: 1fr auto;
      align-items: center;
      padding: 0 3vmin;
    }
    .head {
      padding-block: 0 1.2vmin;
      font-size: clamp(12px, 2.4vmin, 64px);
      font-weight: 700;
      letter-spacing: 0.08em;
      text-transform: uppercase;
      color: var(--cb-accent);
    }
    ol {
      flex: 1;
      min-height: 0;
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-rows: repeat(var(--cb-rows, 5), minmax(0, 1fr));
      gap: 1.4vmin;
    }
    li {
      min-height: 0;
      border-radius: 1.8vmin;
      background: var(--cb-surface);
    }
    li.empty {
      background: transparent;
      border: 0.3vmin dashed var(--cb-surface);
    }
    .code {
      justify-self: start;
      font-size: var(--cb-code, 8.6vh);
      font-weight: 800;
      line-height: 1;
      font-variant-numeric: tabular-nums;
    }
    .counter {
      font-size: var(--cb-code, 8.6vh);
      font-weight: 700;
      line-height: 1;
      color: var(--cb-accent);
      font-variant-numeric: tabular-nums;
    }
    @media (orientation: portrait) {
      ol {
        --cb-rows: 3;
      }
      li:nth-child(n + 4) {
        display: none;
      }
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    calls: { attribute: false },
    locale: {},
  };

  calls: readonly CallRecord[] = [];
  locale = 'en';

  override render() {
    const c = catalogFor(this.locale);
    return html`<div class="head" aria-hidden="true"><span>${c.lastCalls}</span><span>${c.counter}</span></div>
      <ol>
        ${this.calls.slice(0, ROWS).map(
          (call) =>
            html`<li aria-label="${call.code} ${c.counter} ${call.counterNumber}">
              <bdi class="code">${call.code}</bdi><span class="counter">${call.counterNumber}</span>
            </li>`,
        )}
        ${Array.from({ length: Math.max(0, ROWS - this.calls.length) }, () => html`<li class="empty" aria-hidden="true"></li>`)}
      </ol>`;
  }
}
customElements.define('cb-call-history', CbCallHistory);

declare global {
  interface HTMLElementTagNameMap {
    'cb-call-history': CbCallHistory;
  }
}

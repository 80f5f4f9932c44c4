/** `<cb-current-call>`: the call being made now, as large as the screen allows, flashing when it arrives. */
import { LitElement, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { CallRecord } from '../../shared/model.ts';
import { catalogFor } from '../common/i18n.ts';

export class CbCurrentCall extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-height: 0;
    }
    .card {
      box-sizing: border-box;
      height: 100%;
      display: flex;
      flex-direction: column;
      justify-content: center;
      gap: 1.2vmin;
      padding: 3vmin 4vmin;
      border-radius: 2.4vmin;
      background: var(--cb-primary);
      color: var(--cb-on-primary);
      box-shadow: 0 2vmin 5vmin rgb(0 0 0 / 0.28);
      overflow: hidden;
      container-type: inline-size;
    }
    .label {
      font-size: clamp(14px, 3.2vmin, 90px);
      font-weight: 700;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    .body {
      display: flex;
      align-items: center;
      gap: 4vmin;
    }
    /* Long codes shrink so the counter keeps its place beside them: about 0.6em per character in a bold face. */
    .code {
      font-size: min(var(--cb-hero-code, 22vh), calc(98cqw / var(--chars)));
      font-weight: 800;
      line-height: 1;
      letter-spacing: -0.01em;
      font-variant-numeric: tabular-nums;
    }
    .to {
      display: flex;
      align-items: center;
      gap: 4vmin;
    }
    .arrow {
      width: 7vmin;
      height: 7vmin;
      flex: none;
    }
    :host([dir='rtl']) .arrow {
      transform: scaleX(-1);
    }
    .counter {
      display: flex;
      flex-direction: column;
      line-height: 1;
    }
    .counter-label {
      font-size: clamp(13px, 3vmin, 86px);
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .counter-number {
      font-size: var(--cb-hero-counter, 14vh);
      font-weight: 800;
      font-variant-numeric: tabular-nums;
    }
    .counter-name {
      font-size: clamp(14px, 3vmin, 84px);
      font-weight: 500;
    }
    @media (orientation: portrait) {
      .card {
        align-items: center;
        text-align: center;
      }
      .body {
        flex-direction: column;
        gap: 1.4vmin;
      }
      .code {
        font-size: min(var(--cb-hero-code, 13vh), calc(150cqw / var(--chars)));
      }
      .to {
        gap: 3vmin;
      }
      .counter {
        flex-direction: row;
        align-items: baseline;
        gap: 2.4vmin;
      }
    }
    .idle {
      align-items: center;
      text-align: center;
    }
    .idle .hint {
      font-size: clamp(18px, 5vmin, 140px);
      font-weight: 700;
    }
    /* A new call pulses three times, once a second: noticeable across a room, far below seizure thresholds. */
    .flash {
      animation: pulse 1s steps(1, end) 3;
    }
    .flash .code {
      animation: arrive 700ms cubic-bezier(0.2, 0.9, 0.3, 1.3);
    }
    @keyframes pulse {
      50% {
        background: var(--cb-flash);
        color: var(--cb-on-flash);
      }
    }
    @keyframes arrive {
      from {
        transform: scale(0.55);
        opacity: 0;
      }
    }
    /* Without motion the colour pulse alone carries the news. */
    @media (prefers-reduced-motion: reduce) {
      .flash .code {
        animation: none;
      }
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    call: { attribute: false },
    locale: {},
    presentation: { type: Number },
  };

  call: CallRecord | null = null;
  locale = 'en';
  /** Bumped for every presented call; 0 shows the call without the arrival flash. */
  presentation = 0;

  override willUpdate(): void {
    // Through the CSSOM, not a style attribute: the Content-Security-Policy refuses inline styles.
    this.style.setProperty('--chars', String(Math.max(this.call?.code.length ?? 3, 3)));
  }

  override render() {
    const c = catalogFor(this.locale);
    const call = this.call;
    if (!call) {
      return html`<div class="card idle">
        <div class="label">${c.nowServing}</div>
        <div class="hint">${c.noCallsYet}</div>
      </div>`;
    }
    const showName = call.counterName.replace(/\D/g, '') !== String(call.counterNumber);
    return keyed(
      `${this.presentation}:${call.callId}`,
      html`<div class="card ${this.presentation > 0 ? 'flash' : ''}" role="status" aria-live="assertive">
        <div class="label">${c.nowServing}</div>
        <div class="body">
          <bdi class="code">${call.code}</bdi>
          <div class="to">
            <svg class="arrow" viewBox="0 0 24 24" aria-hidden="true">
              <path fill="currentColor" d="M4 11h12.2l-5.6-5.6L12 4l8 8-8 8-1.4-1.4 5.6-5.6H4z" />
            </svg>
            <div class="counter">
              <span class="counter-label">${c.counter}</span>
              <span class="counter-number">${call.counterNumber}</span>
            </div>
          </div>
        </div>
        ${showName ? html`<div class="counter-name">${call.counterName}</div>` : nothing}
      </div>`,
    );
  }
}
customElements.define('cb-current-call', CbCurrentCall);

declare global {
  interface HTMLElementTagNameMap {
    'cb-current-call': CbCurrentCall;
  }
}

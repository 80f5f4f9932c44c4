/** `<cb-ticker>`: the branch's news line, scrolling at a readable pace (still, when motion is unwelcome). */
import { LitElement, css, html, nothing } from 'lit';

/** Characters per second: slow enough to read from the back of the room. */
const READING_SPEED = 9;

export class CbTicker extends LitElement {
  static override styles = css`
    :host {
      display: block;
      overflow: hidden;
      background: var(--cb-surface);
      border-top: 0.4vmin solid var(--cb-accent);
    }
    .track {
      display: flex;
      width: max-content;
      padding-block: 1.3vmin;
      font-size: clamp(14px, 3vmin, 80px);
      font-weight: 500;
      white-space: nowrap;
      animation: scroll var(--duration) linear infinite;
    }
    .track span {
      box-sizing: border-box;
      min-width: 100vw;
      padding-inline-end: 12vw;
    }
    :host([dir='rtl']) .track {
      animation-name: scroll-rtl;
    }
    @keyframes scroll {
      to {
        transform: translateX(-50%);
      }
    }
    @keyframes scroll-rtl {
      to {
        transform: translateX(50%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .track {
        animation: none;
        width: auto;
        padding-inline: 3vmin;
      }
      .track span + span {
        display: none;
      }
      .track span {
        min-width: 0;
        padding: 0;
        overflow: hidden;
        text-overflow: ellipsis;
      }
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    text: {},
  };

  text = '';

  override render() {
    const text = this.text.trim();
    if (!text) return nothing;
    const seconds = Math.max(12, Math.round(text.length / READING_SPEED) + 8);
    // Through the CSSOM, not a style attribute: the Content-Security-Policy refuses inline styles.
    this.style.setProperty('--duration', `${seconds}s`);
    // Two copies side by side make the loop seamless: when the first has scrolled away the second sits where it began.
    return html`<div class="track">
      <span>${text}</span><span aria-hidden="true">${text}</span>
    </div>`;
  }
}
customElements.define('cb-ticker', CbTicker);

declare global {
  interface HTMLElementTagNameMap {
    'cb-ticker': CbTicker;
  }
}

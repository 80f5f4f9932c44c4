/** The full-screen pairing code a new display shows until an admin enters it. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { catalogFor } from './i18n.ts';

@customElement('cb-pairing-code')
export class CbPairingCode extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset: 0;
      display: grid;
      place-content: center;
      gap: 3vh;
      text-align: center;
      background: #0f1b2d;
      color: #ffffff;
      font-family: system-ui, sans-serif;
      padding: 5vw;
    }
    h1 {
      margin: 0;
      font-size: clamp(24px, 5vh, 72px);
    }
    p {
      margin: 0;
      font-size: clamp(16px, 2.6vh, 40px);
      color: #c9d4e3;
    }
    .code {
      font-size: clamp(48px, 16vh, 280px);
      font-weight: 800;
      letter-spacing: 0.08em;
      font-variant-numeric: tabular-nums;
      color: #ffffff;
    }
  `;

  @property() code: string | null = null;
  @property() locale = 'en';

  override render() {
    const t = catalogFor(this.locale);
    return html`
      <h1>${t.pairTitle}</h1>
      <p>${t.pairHelp}</p>
      <div class="code" role="status" aria-live="polite">${this.code ?? '…'}</div>
      <p>${t.pairExpires}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-pairing-code': CbPairingCode;
  }
}

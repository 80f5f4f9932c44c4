/** `<cb-ticket-slip>`: the ticket as printed on 80 mm thermal paper; invisible on screen, the only thing on the page in print. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { kioskCatalog } from './i18n.ts';
import type { TicketView } from './ticket-view.ts';

@customElement('cb-ticket-slip')
export class CbTicketSlip extends LitElement {
  /* Millimetres and points, not rem: paper has a fixed size whatever the kiosk's screen is. Pure black on white: thermal heads print no greys. */
  static override styles = css`
    :host {
      display: none;
      box-sizing: border-box;
      width: 72mm;
      margin: 0 auto;
      padding: 2mm 0 6mm;
      color: #000;
      background: #fff;
      font-family: 'Inter', 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif;
      text-align: center;
      break-inside: avoid;
    }
    /* Laid out unseen on screen to learn the slip's length, so the printer feeds exactly that much paper. */
    :host([measuring]) {
      display: block;
      position: fixed;
      top: 0;
      left: 0;
      visibility: hidden;
    }
    @media print {
      :host {
        display: block;
      }
    }
    .branch {
      font-size: 11pt;
      font-weight: 700;
    }
    .rule {
      margin: 2.5mm 0;
      border: 0;
      border-top: 0.4mm dashed #000;
    }
    .label {
      font-size: 10pt;
      text-transform: uppercase;
      letter-spacing: 0.08em;
    }
    .code {
      display: block;
      font-size: 46pt;
      font-weight: 800;
      line-height: 1.05;
      letter-spacing: 0.02em;
    }
    .service {
      font-size: 13pt;
      font-weight: 700;
    }
    .priority {
      display: inline-block;
      margin-top: 1.5mm;
      padding: 0.5mm 3mm;
      border: 0.5mm solid #000;
      border-radius: 2mm;
      font-size: 10pt;
      font-weight: 700;
    }
    .facts {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: 2mm;
      margin: 0;
    }
    dt {
      font-size: 8.5pt;
    }
    dd {
      margin: 0.5mm 0 0;
      font-size: 15pt;
      font-weight: 800;
    }
    .qr {
      display: block;
      width: 34mm;
      height: 34mm;
      margin: 1mm auto;
    }
    .small {
      margin: 0;
      font-size: 9pt;
      line-height: 1.35;
    }
    .when {
      margin-top: 2mm;
      font-size: 9pt;
    }
  `;

  @property({ attribute: false }) ticket: TicketView | null = null;
  @property() locale = 'en';

  /** Resolves once the QR image can be painted, so a print never comes out without it. */
  async ready(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot
      .querySelector('img')
      ?.decode()
      .catch(() => undefined);
  }

  /** The printed length in millimetres, measured with the same fonts and rules the print uses. */
  lengthMm(): number {
    this.toggleAttribute('measuring', true);
    const px = this.getBoundingClientRect().height;
    this.toggleAttribute('measuring', false);
    return Math.ceil((px * 25.4) / 96);
  }

  override render() {
    const t = this.ticket;
    if (!t) return nothing;
    const c = kioskCatalog(this.locale);
    return html`
      <div class="branch">${t.branchName}</div>
      <hr class="rule" />
      <div class="label">${c.yourNumber}</div>
      <bdi class="code">${t.code}</bdi>
      <div class="service">${t.serviceName}</div>
      ${t.priority ? html`<div class="priority">${c.priority}</div>` : nothing}
      <hr class="rule" />
      <dl class="facts">
        <div><dt>${c.peopleAhead}</dt><dd>${t.ahead}</dd></div>
        ${t.wait ? html`<div><dt>${c.estimatedWait}</dt><dd>${t.wait}</dd></div>` : nothing}
      </dl>
      <hr class="rule" />
      <img class="qr" src=${t.qr} alt=${c.scanToFollow} />
      <p class="small">${c.scanToFollow}</p>
      <p class="small when">${c.issuedAt} ${t.issuedAt}</p>
      <p class="small">${c.watchScreen}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-ticket-slip': CbTicketSlip;
  }
}

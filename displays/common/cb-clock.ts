/** `<cb-clock>`: the branch's local time (server-corrected, since TV clocks drift), optionally with the date. */
import { LitElement, css, html, nothing } from 'lit';
import { formatTime } from './format.ts';

export class CbClock extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-end;
      line-height: 1;
      font-variant-numeric: tabular-nums;
    }
    .time {
      font-size: var(--cb-clock-size, 5vmin);
      font-weight: 700;
      letter-spacing: -0.02em;
    }
    .date {
      margin-top: 1vmin;
      font-size: var(--cb-clock-date-size, 2.2vmin);
      color: var(--cb-clock-date-color, inherit);
    }
  `;

  /** Declared here rather than with decorators, which would add their helpers to the screens' bundles. */
  static override properties = {
    timeZone: {},
    locale: {},
    offsetMs: { type: Number },
    showDate: { type: Boolean },
    now: { state: true },
  };

  timeZone = 'UTC';
  locale = 'en';
  /** Server time minus local time. */
  offsetMs = 0;
  showDate = false;

  private now = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // A corrected clock moves the next minute boundary.
    if (changed.has('offsetMs') && changed.get('offsetMs') !== undefined) {
      clearTimeout(this.timer);
      this.tick();
    }
  }

  override render() {
    const at = this.now + this.offsetMs;
    const date = this.showDate ? formatTime(at, this.locale, this.timeZone, 'date') : null;
    return html`<span class="time">${formatTime(at, this.locale, this.timeZone, 'time')}</span>
      ${date ? html`<span class="date">${date}</span>` : nothing}`;
  }

  /** Wakes just after each minute turns (on the corrected clock) rather than polling every second. */
  private tick(): void {
    this.now = Date.now();
    const untilNextMinute = 60_000 - ((this.now + this.offsetMs) % 60_000);
    this.timer = setTimeout(() => this.tick(), untilNextMinute + 20);
  }
}
customElements.define('cb-clock', CbClock);

declare global {
  interface HTMLElementTagNameMap {
    'cb-clock': CbClock;
  }
}

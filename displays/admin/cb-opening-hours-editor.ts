/** `<cb-opening-hours-editor>`: a service's opening hours: always open, or time spans per weekday. Read `.value`. */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { WEEKDAYS, type OpeningHours, type Weekday } from '../../shared/opening-hours.ts';
import { controls } from '../common/console-styles.ts';
import { DAY_NAMES } from './hours-summary.ts';

type Span = [string, string];
const MAX_SPANS = 6;
const WORKDAYS: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri'];

@customElement('cb-opening-hours-editor')
export class CbOpeningHoursEditor extends LitElement {
  static override styles = [
    controls,
    css`
      .days {
        display: grid;
        gap: 6px;
        margin-top: 4px;
      }
      .day {
        display: grid;
        grid-template-columns: 110px minmax(0, 1fr) auto;
        align-items: center;
        gap: 10px;
        padding: 6px 0;
        border-top: 1px solid var(--c-border);
      }
      .name {
        font-weight: 600;
      }
      .spans {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 16px;
      }
      .span {
        display: flex;
        align-items: center;
        gap: 6px;
      }
      .span input {
        width: 118px;
        min-height: 36px;
        padding: 4px 8px;
      }
      .closed {
        color: var(--c-muted);
      }
      .copy {
        justify-self: start;
      }
    `,
  ];

  /** Null: always open. */
  @property({ attribute: false }) value: OpeningHours | null = null;
  @state() private limited = false;
  @state() private days: Record<Weekday, Span[]> = emptyWeek();

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('value')) {
      this.limited = this.value !== null;
      this.days = Object.fromEntries(WEEKDAYS.map((d) => [d, [...(this.value?.[d] ?? [])]])) as Record<Weekday, Span[]>;
    }
  }

  /** What the admin entered; days without spans are closed. */
  get hours(): OpeningHours | null {
    if (!this.limited) return null;
    return Object.fromEntries(WEEKDAYS.filter((d) => this.days[d].length).map((d) => [d, this.days[d]]));
  }

  override render() {
    return html`<fieldset>
      <legend>Opening hours</legend>
      <label class="check">
        <input type="checkbox" .checked=${this.limited} @change=${(e: Event) => this.limit((e.target as HTMLInputElement).checked)} />
        Only at set hours (kiosks show the service as closed outside them)
      </label>
      ${this.limited
        ? html`<div class="days">
            ${WEEKDAYS.map((day) => this.dayRow(day))}
            <button type="button" class="small copy" @click=${this.copyMonday}>Copy Monday’s hours to Tuesday–Friday</button>
          </div>`
        : html`<p class="hint">Always open: the service can be chosen whenever the branch runs.</p>`}
    </fieldset>`;
  }

  private dayRow(day: Weekday) {
    const spans = this.days[day];
    const name = DAY_NAMES[day];
    return html`<div class="day" role="group" aria-label=${name}>
      <span class="name" aria-hidden="true">${name}</span>
      <div class="spans">
        ${spans.length === 0 ? html`<span class="closed">Closed</span>` : ''}
        ${spans.map(
          ([from, to], i) => html`<span class="span">
            <input type="time" required aria-label="${name} opens (${i + 1})" .value=${from} @change=${(e: Event) => this.setTime(day, i, 0, e)} />
            <span aria-hidden="true">–</span>
            <input type="time" required aria-label="${name} closes (${i + 1})" .value=${to} @change=${(e: Event) => this.setTime(day, i, 1, e)} />
            <button type="button" class="small quiet" aria-label="Remove ${name} hours ${i + 1}" @click=${() => this.removeSpan(day, i)}>Remove</button>
          </span>`,
        )}
      </div>
      <button type="button" class="small" ?disabled=${spans.length >= MAX_SPANS} aria-label="Add hours on ${name}" @click=${() => this.addSpan(day)}>
        Add hours
      </button>
    </div>`;
  }

  private limit(on: boolean): void {
    this.limited = on;
    // A first switch to set hours starts from office hours on weekdays rather than an all-closed week.
    if (on && WEEKDAYS.every((d) => this.days[d].length === 0)) {
      this.days = Object.fromEntries(WEEKDAYS.map((d) => [d, d === 'sat' || d === 'sun' ? [] : [['09:00', '17:00']]])) as Record<Weekday, Span[]>;
    }
  }

  private setSpans(day: Weekday, spans: Span[]): void {
    this.days = { ...this.days, [day]: spans };
  }

  private setTime(day: Weekday, index: number, end: 0 | 1, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.setSpans(day, this.days[day].map((span, i) => (i === index ? (end === 0 ? [value, span[1]] : [span[0], value]) : span)));
  }

  private addSpan(day: Weekday): void {
    const last = this.days[day].at(-1);
    this.setSpans(day, [...this.days[day], last ? [last[1], '23:59'] : ['09:00', '17:00']]);
  }

  private removeSpan(day: Weekday, index: number): void {
    this.setSpans(day, this.days[day].filter((_, i) => i !== index));
  }

  private readonly copyMonday = (): void => {
    const monday = this.days.mon;
    this.days = { ...this.days, ...Object.fromEntries(WORKDAYS.map((d) => [d, monday.map((s) => [...s] as Span)])) };
  };
}

function emptyWeek(): Record<Weekday, Span[]> {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, []])) as unknown as Record<Weekday, Span[]>;
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-opening-hours-editor': CbOpeningHoursEditor;
  }
}

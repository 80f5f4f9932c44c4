/** `<cb-staffing-view>`: counters needed per interval (Erlang C on the forecast) against the roster, and the roster editor. */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import uPlot from 'uplot';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import type { AdminBranch } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import { getRoster, getStaffing, getTarget, saveRoster, saveTarget, type Shift, type Staffing, type Target } from './insight-api.ts';
import './cb-uplot-chart.ts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

@customElement('cb-staffing-view')
export class CbStaffingView extends LitElement {
  static override styles = [
    controls,
    screen,
    css`
      .summary { display: flex; flex-wrap: wrap; gap: 24px; }
      .summary strong { display: block; font-size: 22px; }
      .shifts td, .shifts th { padding: 4px 8px; text-align: left; }
      .shifts input[type='number'] { width: 80px; }
      .row { display: flex; flex-wrap: wrap; align-items: end; gap: 12px; }
    `,
  ];

  @property({ attribute: false }) branch!: AdminBranch;
  @state() private staffing: Staffing | null = null;
  @state() private shifts: Shift[] = [];
  @state() private target: Target = { level: 80, waitMin: 10 };
  @state() private days = 7;
  @state() private interval: 30 | 60 = 60;
  @state() private error = '';
  @state() private notice = '';
  private loadedFor = 0;

  override willUpdate(): void {
    if (this.branch.id !== this.loadedFor) {
      this.loadedFor = this.branch.id;
      void this.load(true);
    }
  }

  private async load(all = false): Promise<void> {
    try {
      if (all) {
        [this.shifts, this.target] = await Promise.all([getRoster(this.branch.id).then((r) => r.shifts), getTarget(this.branch.id)]);
      }
      this.staffing = await getStaffing(this.branch.id, this.days, this.interval);
      this.error = '';
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  override render() {
    const s = this.staffing;
    const under = s?.intervals.filter((i) => i.gap < 0).length ?? 0;
    const over = s?.intervals.filter((i) => i.gap > 0 && i.needed > 0).length ?? 0;
    return html`
      <div class="page-head">
        <div>
          <h1>Staffing</h1>
          <p>Counters needed to serve ${this.target.level} % of visitors within ${this.target.waitMin} minutes (Erlang C on the arrival forecast), against the roster.</p>
        </div>
      </div>
      ${this.error ? html`<p role="alert">${this.error}</p>` : null}
      ${this.notice ? html`<p role="status">${this.notice}</p>` : null}
      <div class="row">
        <label class="field">Days ahead
          <select @change=${(e: Event) => ((this.days = Number((e.target as HTMLSelectElement).value)), void this.load())}>
            ${[1, 7, 14].map((d) => html`<option value=${d} ?selected=${d === this.days}>${d}</option>`)}
          </select>
        </label>
        <label class="field">Interval
          <select @change=${(e: Event) => ((this.interval = Number((e.target as HTMLSelectElement).value) as 30 | 60), void this.load())}>
            <option value="60" ?selected=${this.interval === 60}>60 minutes</option>
            <option value="30" ?selected=${this.interval === 30}>30 minutes</option>
          </select>
        </label>
      </div>
      ${s
        ? html`
            <cb-uplot-chart aria-label="Counters needed and rostered per interval" .options=${this.chartOptions()} .data=${this.chartData(s)}></cb-uplot-chart>
            <div class="summary">
              <div><strong>${under}</strong>intervals under-staffed</div>
              <div><strong>${over}</strong>intervals over-staffed</div>
              <div><strong>${s.meanServiceMin.toFixed(1)} min</strong>measured service time</div>
              <div><strong>${s.backtest.wape === null ? '—' : `${Math.round(s.backtest.wape * 100)} %`}</strong>forecast error last week (WAPE; ${s.backtest.mae.toFixed(1)} visitors per interval)</div>
            </div>`
        : html`<p role="status">Loading…</p>`}
      ${this.targetForm()} ${this.rosterForm()}
    `;
  }

  private chartOptions(): Omit<uPlot.Options, 'width' | 'height'> {
    const step = uPlot.paths.stepped!({ align: 1 });
    return {
      scales: { x: { time: true } },
      series: [
        {},
        { label: 'Needed', stroke: '#c0392b', width: 2, paths: step },
        { label: 'Rostered', stroke: '#2471a3', width: 2, paths: step },
        { label: 'Expected visitors', stroke: '#7f8c8d', dash: [4, 4], scale: 'visitors' },
      ],
      axes: [{}, { label: 'counters' }, { side: 1, scale: 'visitors', label: 'visitors', grid: { show: false } }],
    };
  }

  private chartData(s: Staffing): uPlot.AlignedData {
    return [
      s.intervals.map((i) => i.start / 1000),
      s.intervals.map((i) => i.needed),
      s.intervals.map((i) => i.rostered),
      s.intervals.map((i) => Math.round(i.expected * 10) / 10),
    ];
  }

  private targetForm() {
    const set = (k: keyof Target) => (e: Event) => (this.target = { ...this.target, [k]: Number((e.target as HTMLInputElement).value) });
    return html`<section class="table-card">
      <h2>Service-level target</h2>
      <div class="row">
        <label class="field">Share served in time (%) <input type="number" min="1" max="99" .value=${String(this.target.level)} @change=${set('level')} /></label>
        <label class="field">Within (minutes) <input type="number" min="1" max="240" .value=${String(this.target.waitMin)} @change=${set('waitMin')} /></label>
        <button @click=${this.onSaveTarget}>Save target</button>
      </div>
    </section>`;
  }

  private rosterForm() {
    const edit = (i: number, patch: Partial<Shift>) => (this.shifts = this.shifts.map((s, j) => (j === i ? { ...s, ...patch } : s)));
    return html`<section class="table-card">
      <h2>Roster</h2>
      <table class="shifts">
        <thead><tr><th>Day</th><th>From</th><th>To</th><th>Counters</th><th></th></tr></thead>
        <tbody>
          ${this.shifts.map(
            (s, i) => html`<tr>
              <td><select aria-label="Day of shift ${i + 1}" @change=${(e: Event) => edit(i, { weekday: Number((e.target as HTMLSelectElement).value) })}>
                ${WEEKDAYS.map((d, w) => html`<option value=${w} ?selected=${w === s.weekday}>${d}</option>`)}
              </select></td>
              <td><input type="time" aria-label="Start of shift ${i + 1}" .value=${s.from} @change=${(e: Event) => edit(i, { from: (e.target as HTMLInputElement).value })} /></td>
              <td><input type="time" aria-label="End of shift ${i + 1}" .value=${s.to} @change=${(e: Event) => edit(i, { to: (e.target as HTMLInputElement).value })} /></td>
              <td><input type="number" min="0" aria-label="Counters in shift ${i + 1}" .value=${String(s.counters)} @change=${(e: Event) => edit(i, { counters: Number((e.target as HTMLInputElement).value) })} /></td>
              <td><button class="small" @click=${() => (this.shifts = this.shifts.filter((_, j) => j !== i))}>Remove</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="row">
        <button class="small" @click=${() => (this.shifts = [...this.shifts, { weekday: 0, from: '09:00', to: '17:00', counters: 2 }])}>Add shift</button>
        <button @click=${this.onSaveRoster}>Save roster</button>
      </div>
    </section>`;
  }

  private readonly onSaveTarget = async (): Promise<void> => {
    try {
      this.target = await saveTarget(this.branch.id, this.target);
      this.notice = 'Target saved.';
      await this.load();
    } catch (error) {
      this.error = messageOf(error);
    }
  };

  private readonly onSaveRoster = async (): Promise<void> => {
    try {
      this.shifts = (await saveRoster(this.branch.id, this.shifts)).shifts;
      this.notice = 'Roster saved.';
      await this.load();
    } catch (error) {
      this.error = messageOf(error);
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-staffing-view': CbStaffingView;
  }
}

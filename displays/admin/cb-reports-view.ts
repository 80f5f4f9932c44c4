/** `<cb-reports-view>`: a branch's figures for a period and filter, with arrival and satisfaction charts and CSV exports. */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import uPlot from 'uplot';
import { messageOf } from '../common/console-api.ts';
import { controls } from '../common/console-styles.ts';
import { localizedName } from '../common/format.ts';
import type { User } from '../common/session-api.ts';
import { listCounters, listServices, listUsers, type AdminBranch, type AdminCounter, type AdminService } from './admin-api.ts';
import { screen } from './admin-styles.ts';
import { getReport, reportQueryString, type ReportFigures, type ReportQuery } from './insight-api.ts';
import './cb-uplot-chart.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);
const mins = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} min`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

@customElement('cb-reports-view')
export class CbReportsView extends LitElement {
  static override styles = [
    controls,
    screen,
    css`
      .row { display: flex; flex-wrap: wrap; align-items: end; gap: 12px; }
      .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
      .tiles div { padding: 12px; border: 1px solid var(--c-border); border-radius: 8px; }
      .tiles strong { display: block; font-size: 22px; }
    `,
  ];

  @property({ attribute: false }) branch!: AdminBranch;
  @state() private query: ReportQuery = { from: isoDay(Date.now() - 27 * 86_400_000), to: isoDay(Date.now()) };
  @state() private figures: ReportFigures | null = null;
  @state() private services: AdminService[] = [];
  @state() private counters: AdminCounter[] = [];
  @state() private users: User[] = [];
  @state() private error = '';
  private loadedFor = 0;

  override willUpdate(): void {
    if (this.branch.id !== this.loadedFor) {
      this.loadedFor = this.branch.id;
      void Promise.all([listServices(this.branch.id), listCounters(this.branch.id), listUsers()]).then(
        ([s, c, u]) => ([this.services, this.counters, this.users] = [s, c, u.filter((x) => x.branchId === this.branch.id)]),
        (e: unknown) => (this.error = messageOf(e)),
      );
      void this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.figures = (await getReport(this.branch.id, this.query)).figures;
      this.error = '';
    } catch (error) {
      this.error = messageOf(error);
    }
  }

  private set(patch: Partial<ReportQuery>): void {
    this.query = { ...this.query, ...patch };
    void this.load();
  }

  override render() {
    const f = this.figures;
    const q = reportQueryString(this.query);
    const pick = (key: 'serviceId' | 'counterId' | 'userId') => (e: Event) => this.set({ [key]: Number((e.target as HTMLSelectElement).value) || undefined });
    return html`
      <div class="page-head"><div><h1>Reports</h1><p>Everything here is computed from the ticket log and the visitors’ answers.</p></div></div>
      ${this.error ? html`<p role="alert">${this.error}</p>` : null}
      <div class="row">
        <label class="field">From <input type="date" .value=${this.query.from} @change=${(e: Event) => this.set({ from: (e.target as HTMLInputElement).value })} /></label>
        <label class="field">To <input type="date" .value=${this.query.to} @change=${(e: Event) => this.set({ to: (e.target as HTMLInputElement).value })} /></label>
        <label class="field">Service <select @change=${pick('serviceId')}><option value="">All</option>${this.services.map((s) => html`<option value=${s.id}>${s.prefix} ${localizedName(s.names, 'en', this.branch.languages)}</option>`)}</select></label>
        <label class="field">Counter <select @change=${pick('counterId')}><option value="">All</option>${this.counters.map((c) => html`<option value=${c.id}>${c.name}</option>`)}</select></label>
        <label class="field">Staff <select @change=${pick('userId')}><option value="">All</option>${this.users.map((u) => html`<option value=${u.id}>${u.displayName}</option>`)}</select></label>
        <a href="/api/branches/${this.branch.id}/reports/tickets.csv?${q}" download>Tickets (CSV)</a>
        <a href="/api/branches/${this.branch.id}/reports/answers.csv?${q}" download>Answers (CSV)</a>
      </div>
      ${f ? this.body(f) : html`<p role="status">Loading…</p>`}
    `;
  }

  private body(f: ReportFigures) {
    const tiles: [string, string][] = [
      ['Issued', String(f.issued)], ['Served', `${f.served} (${pct(f.servedRate)})`], ['No-shows', pct(f.noShowRate)], ['Cancelled', pct(f.cancelRate)],
      ['Wait: mean', mins(f.wait.mean)], ['Wait: median', mins(f.wait.median)], ['Wait: p90', mins(f.wait.p90)], ['Within target wait', pct(f.withinTarget)],
      ['Service time: mean', mins(f.serviceTime.mean)], ['Estimate error (MAE)', mins(f.estimate.maeMin)], ['Estimates in range', pct(f.estimate.withinRange)],
      ['Satisfaction', f.satisfaction.mean === null ? '—' : `${f.satisfaction.mean.toFixed(2)} / 5 (${f.satisfaction.count})`],
    ];
    return html`
      <div class="tiles">${tiles.map(([label, value]) => html`<div><strong>${value}</strong>${label}</div>`)}</div>
      <section class="table-card"><h2>Arrivals by hour</h2>
        <cb-uplot-chart aria-label="Arrivals by weekday and hour" .options=${this.arrivalOptions()} .data=${this.arrivalData(f)}></cb-uplot-chart></section>
      <section class="table-card"><h2>Satisfaction</h2>
        <cb-uplot-chart aria-label="Satisfaction answers by score" .height=${200} .options=${this.scoreOptions()} .data=${[[1, 2, 3, 4, 5], f.satisfaction.distribution]}></cb-uplot-chart></section>
    `;
  }

  private arrivalOptions(): Omit<uPlot.Options, 'width' | 'height'> {
    const colours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2'];
    return { scales: { x: { time: false } }, axes: [{ label: 'hour' }, { label: 'visitors' }], series: [{ label: 'hour' }, ...DAYS.map((d, i) => ({ label: d, stroke: colours[i]! }))] };
  }

  private arrivalData(f: ReportFigures): uPlot.AlignedData {
    return [Array.from({ length: 24 }, (_, h) => h), ...f.arrivals];
  }

  private scoreOptions(): Omit<uPlot.Options, 'width' | 'height'> {
    return {
      scales: { x: { time: false, range: [0.5, 5.5] } },
      axes: [{ label: 'score', incrs: [1] }, { label: 'answers' }],
      series: [{ label: 'score' }, { label: 'answers', stroke: '#2471a3', fill: 'rgba(36,113,163,.6)', width: 1, paths: uPlot.paths.bars!({ size: [0.6, 60] }), points: { show: false } }],
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-reports-view': CbReportsView;
  }
}

/** Branch reports, CSV exports, arrival forecasts and staffing: loads history, applies the pure rules. */
import { countersNeeded } from '../domain/erlang-c.ts';
import { notFound } from '../domain/errors.ts';
import { backtestForecast, forecastArrivals } from '../domain/forecast.ts';
import { computeReport, journeys, type ReportFilter } from '../domain/report-stats.ts';
import { localMidnight, localParts } from '../domain/report-time.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { toCsv } from './csv.ts';
import type { InsightRepo, Shift } from './insight-repo.ts';

const DAY = 86_400_000;
const HISTORY_WEEKS = 6;

export interface Period {
  from: number;
  to: number;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Counters the roster plans for an instant: the sum of the shifts covering its local weekday and time. */
export function rostered(shifts: readonly Shift[], weekday: number, minuteOfDay: number): number {
  return shifts
    .filter((s) => s.weekday === weekday && minutes(s.from) <= minuteOfDay && minuteOfDay < minutes(s.to))
    .reduce((sum, s) => sum + s.counters, 0);
}

export function createReportService(deps: ServiceDeps, repo: InsightRepo) {
  const branchOf = (id: number) => {
    const b = deps.repos.setup.getBranch(id);
    if (!b) throw notFound(`branch ${id}`);
    return b;
  };

  /** Mean measured service time of the branch over the history window (minutes), default 5. */
  function meanServiceMs(branchId: number, serviceId?: number): number {
    const to = deps.now();
    const from = to - HISTORY_WEEKS * 7 * DAY;
    const figures = computeReport(journeys(repo.tickets(branchId, from, to), repo.events(branchId, from, to)), { serviceId }, new Map(), 'UTC');
    return (figures.serviceTime.mean ?? 5) * 60_000;
  }

  function forecast(branchId: number, opts: { days: number; intervalMin: 30 | 60; serviceId?: number }) {
    const branch = branchOf(branchId);
    const now = deps.now();
    const fOpts = { timeZone: branch.timezone, intervalMin: opts.intervalMin, weeks: HISTORY_WEEKS };
    // History for the forecast itself plus the backtest week before now.
    const arrivals = repo.arrivals(branchId, now - (HISTORY_WEEKS + 1) * 7 * DAY, opts.serviceId);
    const points = forecastArrivals(arrivals, now, opts.days, fOpts);
    // Scored on the last seven whole days: today's unfinished hours would count as empty.
    const bt = backtestForecast(arrivals, localMidnight(localParts(now, branch.timezone).day, branch.timezone), 7, fOpts);
    return {
      intervalMin: opts.intervalMin,
      method: `weighted average of the same weekday and time over the last ${HISTORY_WEEKS} weeks (weights ${HISTORY_WEEKS}…1, newest first)`,
      points,
      backtest: { days: bt.days, intervals: bt.intervals, mae: bt.mae, wape: bt.wape },
    };
  }

  return {
    report(branchId: number, period: Period, filter: ReportFilter) {
      const branch = branchOf(branchId);
      const js = journeys(repo.tickets(branchId, period.from, period.to), repo.events(branchId, period.from, period.to));
      return { ...period, timezone: branch.timezone, figures: computeReport(js, filter, repo.scores(branchId, period.from, period.to), branch.timezone) };
    },

    ticketsCsv(branchId: number, period: Period): string {
      branchOf(branchId);
      const rows = repo.ticketRows(branchId, period.from, period.to);
      return toCsv(
        ['id', 'code', 'service_id', 'channel', 'priority', 'language', 'status', 'counter_id', 'issued_at', 'called_at', 'serving_at', 'finished_at', 'outcome', 'note'],
        rows.map((t) => [
          t.id, t.code, t.serviceId, t.channel, t.priority, t.language, t.status, t.counterId, iso(t.createdAt), iso(t.calledAt), iso(t.servingAt), iso(t.finishedAt), t.outcome, t.note,
        ]),
      );
    },

    answersCsv(branchId: number, period: Period): string {
      branchOf(branchId);
      return toCsv(
        ['ticket_id', 'code', 'answered_at', 'service_id', 'counter_id', 'user_id', 'score', 'comment', 'language'],
        repo.answers(branchId, period.from, period.to).map((a) => [a.ticketId, a.code, iso(a.at), a.serviceId, a.counterId, a.userId, a.score, a.comment, a.language]),
      );
    },

    forecast,

    staffing(branchId: number, opts: { days: number; intervalMin: 30 | 60 }) {
      const branch = branchOf(branchId);
      const target = repo.target(branchId);
      const serviceMs = meanServiceMs(branchId);
      const f = forecast(branchId, opts);
      const shifts = repo.roster(branchId);
      const intervalMs = opts.intervalMin * 60_000;
      const intervals = f.points.map((p) => {
        const local = localParts(p.start, branch.timezone);
        const needed = countersNeeded({
          arrivals: p.expected, intervalMs, meanServiceMs: serviceMs, targetLevel: target.level / 100, targetWaitMs: target.waitMin * 60_000,
        });
        const planned = rostered(shifts, local.weekday, local.minuteOfDay);
        return { start: p.start, expected: p.expected, needed, rostered: planned, gap: planned - needed };
      });
      return { intervalMin: opts.intervalMin, target, meanServiceMin: serviceMs / 60_000, backtest: f.backtest, intervals };
    },

    roster: (branchId: number) => (branchOf(branchId), repo.roster(branchId)),
    setRoster(branchId: number, shifts: Shift[]) {
      branchOf(branchId);
      deps.transaction(() => repo.replaceRoster(branchId, shifts));
      return repo.roster(branchId);
    },
    target: (branchId: number) => (branchOf(branchId), repo.target(branchId)),
    setTarget(branchId: number, t: { level: number; waitMin: number }) {
      branchOf(branchId);
      repo.setTarget(branchId, t);
      return repo.target(branchId);
    },
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export type ReportService = ReturnType<typeof createReportService>;

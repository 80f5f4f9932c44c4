/**
 * Arrival forecast per interval, seasonal by weekday and time of day.
 *
 * Method: the forecast for an interval (say Tuesday 10:30–11:00) is a weighted average of the
 * arrivals counted in the same local weekday-interval over the last N weeks (default 6), weights
 * N, N−1, …, 1 from the most recent week back, so a trend shows through while one odd day is
 * diluted. Weeks before the first recorded arrival are left out (a young branch averages what it
 * has). Queues in waiting rooms are driven by the calendar far more than by yesterday's level, which
 * is why a seasonal average beats smoothing the series itself here; holidays are not modelled.
 *
 * The backtest replays that method: it forecasts the last `days` days from the history before them
 * and reports the mean absolute error per interval and the WAPE (Σ|error| ÷ Σ actual).
 */
import { addDays, localParts } from './report-time.ts';

export interface ForecastOptions {
  timeZone: string;
  intervalMin: 30 | 60;
  weeks?: number;
}

export interface ForecastPoint {
  start: number;
  expected: number;
}

export interface Backtest {
  days: number;
  intervals: number;
  /** Mean absolute error in arrivals per interval. */
  mae: number;
  /** Weighted absolute percentage error: Σ|forecast − actual| ÷ Σ actual (null with no arrivals). */
  wape: number | null;
  points: { start: number; expected: number; actual: number }[];
}

const DEFAULT_WEEKS = 6;

/** Counts of arrivals keyed by local day and interval index within the day. */
class ArrivalBuckets {
  private readonly counts = new Map<string, number>();
  readonly firstDay: string | null;

  constructor(arrivals: readonly number[], private readonly opts: ForecastOptions) {
    let first: string | null = null;
    for (const at of arrivals) {
      const p = localParts(at, opts.timeZone);
      const key = `${p.day}#${Math.floor(p.minuteOfDay / opts.intervalMin)}`;
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      if (first === null || p.day < first) first = p.day;
    }
    this.firstDay = first;
  }

  count(day: string, slot: number): number {
    return this.counts.get(`${day}#${slot}`) ?? 0;
  }

  /** The seasonal weighted average for the interval starting at `at`. */
  expectedAt(at: number): number {
    const weeks = this.opts.weeks ?? DEFAULT_WEEKS;
    const p = localParts(at, this.opts.timeZone);
    const slot = Math.floor(p.minuteOfDay / this.opts.intervalMin);
    let sum = 0;
    let weight = 0;
    for (let k = 1; k <= weeks; k++) {
      const day = addDays(p.day, -7 * k);
      if (this.firstDay === null || day < this.firstDay) break;
      const w = weeks - k + 1;
      sum += w * this.count(day, slot);
      weight += w;
    }
    return weight === 0 ? 0 : sum / weight;
  }
}

function intervalStarts(from: number, days: number, intervalMin: number): number[] {
  const step = intervalMin * 60_000;
  const start = Math.floor(from / step) * step;
  const out: number[] = [];
  for (let t = start; t < from + days * 86_400_000; t += step) out.push(t);
  return out;
}

/** Expected arrivals for each interval of the `days` days starting at `from`, from arrivals before `from`. */
export function forecastArrivals(arrivals: readonly number[], from: number, days: number, opts: ForecastOptions): ForecastPoint[] {
  const buckets = new ArrivalBuckets(arrivals.filter((a) => a < from), opts);
  return intervalStarts(from, days, opts.intervalMin).map((start) => ({ start, expected: buckets.expectedAt(start) }));
}

/** Forecasts the last `days` days before `until` from the history before them, and scores the result. */
export function backtestForecast(arrivals: readonly number[], until: number, days: number, opts: ForecastOptions): Backtest {
  const from = until - days * 86_400_000;
  const predicted = forecastArrivals(arrivals, from, days, opts);
  const step = opts.intervalMin * 60_000;
  const actual = new Map<number, number>();
  for (const a of arrivals) {
    if (a < from || a >= until) continue;
    const s = Math.floor(a / step) * step;
    actual.set(s, (actual.get(s) ?? 0) + 1);
  }
  // Only intervals where something was expected or happened: closed nights would flatter the error.
  const points = predicted
    .map((p) => ({ ...p, actual: actual.get(p.start) ?? 0 }))
    .filter((p) => p.start < until && (p.expected > 0 || p.actual > 0));
  const absError = points.reduce((s, p) => s + Math.abs(p.expected - p.actual), 0);
  const total = points.reduce((s, p) => s + p.actual, 0);
  return {
    days,
    intervals: points.length,
    mae: points.length ? absError / points.length : 0,
    wape: total > 0 ? absError / total : null,
    points,
  };
}

/**
 * Report figures from the append-only ticket event log: outcomes, waits, service times, target
 * share, estimate accuracy, satisfaction and arrivals by weekday and hour. Pure: the caller loads
 * the events of the tickets issued in the period.
 *
 * Definitions (so the admin screen and the tests agree):
 * - wait = first `call` − issue; service time = `finish` − `start` (or − the last `call` without a start);
 * - a ticket belongs to the counter and staff member of its last call (or its finish when never called);
 * - rates are shares of issued tickets; "within target" is a share of called tickets;
 * - median and p90 use the nearest-rank method (the value at rank ⌈p·n⌉).
 */
import { localParts } from './report-time.ts';

export interface ReportEvent {
  ticketId: number;
  type: string;
  at: number;
  counterId: number | null;
  userId: number | null;
}

export interface ReportTicket {
  id: number;
  serviceId: number;
  createdAt: number;
  targetWaitMin: number;
  estimate: { min: number; max: number } | null;
}

export interface ReportFilter {
  serviceId?: number;
  counterId?: number;
  userId?: number;
}

export interface Distribution {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
}

export interface ReportFigures {
  issued: number;
  served: number;
  noShows: number;
  cancelled: number;
  servedRate: number | null;
  noShowRate: number | null;
  cancelRate: number | null;
  /** Minutes. */
  wait: Distribution;
  /** Minutes. */
  serviceTime: Distribution;
  withinTarget: number | null;
  estimate: { count: number; maeMin: number | null; withinRange: number | null };
  satisfaction: { count: number; mean: number | null; distribution: [number, number, number, number, number] };
  /** arrivals[weekday 0 = Monday][hour], branch-local. */
  arrivals: number[][];
}

/** One ticket's path through the log, reduced to what reports need. */
export interface Journey {
  ticket: ReportTicket;
  issuedAt: number;
  firstCallAt: number | null;
  startAt: number | null;
  lastCallAt: number | null;
  finishAt: number | null;
  outcome: 'done' | 'no_show' | 'cancelled' | 'open';
  counterId: number | null;
  userId: number | null;
}

export function journeys(tickets: readonly ReportTicket[], events: readonly ReportEvent[]): Journey[] {
  const byTicket = new Map<number, ReportEvent[]>();
  for (const e of events) {
    const list = byTicket.get(e.ticketId);
    if (list) list.push(e);
    else byTicket.set(e.ticketId, [e]);
  }
  return tickets.map((ticket) => {
    const list = (byTicket.get(ticket.id) ?? []).toSorted((a, b) => a.at - b.at);
    const j: Journey = {
      ticket, issuedAt: ticket.createdAt, firstCallAt: null, startAt: null, lastCallAt: null, finishAt: null,
      outcome: 'open', counterId: null, userId: null,
    };
    let owner: ReportEvent | null = null;
    for (const e of list) {
      if (e.type === 'issue') j.issuedAt = e.at;
      else if (e.type === 'call') {
        j.firstCallAt ??= e.at;
        j.lastCallAt = e.at;
        j.startAt = null; // a transfer and a new call start a new service
        owner = e;
      } else if (e.type === 'start') j.startAt = e.at;
      else if (e.type === 'finish') {
        j.finishAt = e.at;
        j.outcome = 'done';
        owner ??= e;
      } else if (e.type === 'no_show') j.outcome = 'no_show';
      else if (e.type === 'cancel') j.outcome = 'cancelled';
    }
    j.counterId = owner?.counterId ?? null;
    j.userId = owner?.userId ?? null;
    return j;
  });
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0, mean: null, median: null, p90: null };
  const sorted = values.toSorted((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return { count: sorted.length, mean: sorted.reduce((s, v) => s + v, 0) / sorted.length, median: rank(0.5), p90: rank(0.9) };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function matches(j: Journey, f: ReportFilter): boolean {
  return (
    (f.serviceId === undefined || j.ticket.serviceId === f.serviceId) &&
    (f.counterId === undefined || j.counterId === f.counterId) &&
    (f.userId === undefined || j.userId === f.userId)
  );
}

export function computeReport(
  all: readonly Journey[],
  filter: ReportFilter,
  answers: ReadonlyMap<number, number>,
  timeZone: string,
): ReportFigures {
  const list = all.filter((j) => matches(j, filter));
  const called = list.filter((j) => j.firstCallAt !== null);
  const waits = called.map((j) => (j.firstCallAt! - j.issuedAt) / 60_000);
  const served = list.filter((j) => j.outcome === 'done');
  const serviceTimes = served
    .map((j) => j.finishAt! - (j.startAt ?? j.lastCallAt ?? j.finishAt!))
    .filter((ms) => ms > 0)
    .map((ms) => ms / 60_000);
  const inTarget = called.filter((j) => j.firstCallAt! - j.issuedAt <= j.ticket.targetWaitMin * 60_000).length;

  const estimated = called.filter((j) => j.ticket.estimate !== null);
  let absError = 0;
  let inRange = 0;
  for (const j of estimated) {
    const actual = (j.firstCallAt! - j.issuedAt) / 60_000;
    const { min, max } = j.ticket.estimate!;
    // Error against the middle of the range told; "within range" is what the visitor would judge.
    absError += Math.abs(actual - (min + max) / 2);
    // Ranges are told in whole minutes, so "3–5 min" still holds at 5 min 40 s.
    if (Math.floor(actual) >= min && Math.floor(actual) <= max) inRange++;
  }

  const scores = list.map((j) => answers.get(j.ticket.id)).filter((s): s is number => s !== undefined);
  const dist: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const s of scores) dist[s - 1]!++;

  const arrivals = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
  for (const j of list) {
    const p = localParts(j.issuedAt, timeZone);
    arrivals[p.weekday]![Math.floor(p.minuteOfDay / 60)]!++;
  }

  const noShows = list.filter((j) => j.outcome === 'no_show').length;
  const cancelled = list.filter((j) => j.outcome === 'cancelled').length;
  return {
    issued: list.length,
    served: served.length,
    noShows,
    cancelled,
    servedRate: share(served.length, list.length),
    noShowRate: share(noShows, list.length),
    cancelRate: share(cancelled, list.length),
    wait: distribution(waits),
    serviceTime: distribution(serviceTimes),
    withinTarget: share(inTarget, called.length),
    estimate: { count: estimated.length, maeMin: estimated.length ? absError / estimated.length : null, withinRange: share(inRange, estimated.length) },
    satisfaction: { count: scores.length, mean: scores.length ? scores.reduce((s, v) => s + v, 0) / scores.length : null, distribution: dist },
    arrivals,
  };
}

/**
 * A synthetic but plausible waiting room: arrival rates by weekday and hour (lunchtime peak, busy
 * Mondays, short Saturdays), a FIFO multi-counter queue, service times, no-shows, cancellations and
 * satisfaction that falls with the wait. Pure and seeded, so tests know the profile they recover.
 */
import { addDays, localMidnight, localParts } from '../domain/report-time.ts';
import { estimateWaitMinutes } from '../domain/wait-estimate.ts';

/** Expected arrivals per hour for the whole branch at a local weekday (0 = Monday) and minute of day. */
export function arrivalsPerHour(weekday: number, minuteOfDay: number, base = 14): number {
  const hour = minuteOfDay / 60;
  const closes = weekday === 5 ? 13 : 17;
  if (weekday === 6 || hour < 9 || hour >= closes) return 0;
  const day = [1.25, 1, 0.95, 1, 0.85, 0.7][weekday]!;
  // Office workers come at lunchtime: a peak of about twice the morning rate around 12:30–13:30.
  const lunch = hour >= 12 && hour < 14 ? 1.9 : hour >= 9 && hour < 10 ? 0.8 : 1;
  return base * day * lunch;
}

/** Mulberry32: small, fast and good enough for simulated visitors. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arrival instants over `days` local days ending the day before `until`, minute by minute from the profile. */
export function simulateArrivals(until: number, days: number, timeZone: string, random: () => number, base?: number): number[] {
  const out: number[] = [];
  const lastDay = addDays(localParts(until, timeZone).day, -1);
  for (let d = days - 1; d >= 0; d--) {
    const day = addDays(lastDay, -d);
    const midnight = localMidnight(day, timeZone);
    const weekday = localParts(midnight + 12 * 3_600_000, timeZone).weekday;
    for (let m = 0; m < 24 * 60; m++) {
      const rate = arrivalsPerHour(weekday, m, base) / 60;
      // At most one arrival per minute; rates stay well under 1/min so the thinning bias is small.
      if (rate > 0 && random() < rate) out.push(midnight + m * 60_000 + Math.floor(random() * 60_000));
    }
  }
  return out;
}

export type SimOutcome = 'done' | 'no_show' | 'cancelled';

export interface SimVisit {
  serviceIndex: number;
  arrival: number;
  priority: boolean;
  outcome: SimOutcome;
  counterIndex: number | null;
  calledAt: number | null;
  startAt: number | null;
  finishAt: number | null;
  /** What the visitor was told at issue (minutes). */
  estimate: { min: number; max: number };
  score: number | null;
  comment: string | null;
}

export interface SimOptions {
  services: { meanServiceMin: number; share: number }[];
  counters: number;
}

const COMMENTS = ['Quick and friendly', 'Waited too long', 'Very helpful staff', 'The screen was easy to follow', null];

/** Runs the arrivals through a FIFO queue served by `counters` identical counters. */
export function simulateVisits(arrivals: readonly number[], opts: SimOptions, random: () => number): SimVisit[] {
  const free = Array.from({ length: opts.counters }, () => 0);
  const totalShare = opts.services.reduce((s, x) => s + x.share, 0);
  const visits: SimVisit[] = [];
  let pendingCalls: number[] = [];
  let recentServiceMs = opts.services.reduce((s, x) => s + x.meanServiceMin * x.share, 0) * 60_000 / totalShare;
  for (const arrival of [...arrivals].sort((a, b) => a - b)) {
    let pick = random() * totalShare;
    const serviceIndex = Math.max(0, opts.services.findIndex((s) => (pick -= s.share) < 0));
    const service = opts.services[serviceIndex]!;
    // Told what the live system would tell: the people still waiting ahead, the recent service time.
    const ahead = pendingCalls.filter((at) => at > arrival).length;
    const estimate = estimateWaitMinutes({ ahead, meanServiceMs: recentServiceMs, openCounters: opts.counters, samples: 50 })!;
    const base = { serviceIndex, arrival, priority: random() < 0.05, estimate, score: null, comment: null };
    const r = random();
    if (r < 0.03) {
      visits.push({ ...base, outcome: 'cancelled', counterIndex: null, calledAt: null, startAt: null, finishAt: null });
      continue;
    }
    const c = free.indexOf(Math.min(...free));
    const calledAt = Math.max(arrival + 15_000, free[c]!);
    pendingCalls = [...pendingCalls.filter((at) => at > arrival), calledAt];
    if (r < 0.09) {
      free[c] = calledAt + 120_000;
      visits.push({ ...base, outcome: 'no_show', counterIndex: c, calledAt, startAt: null, finishAt: null });
      continue;
    }
    // Exponential service times (the M in M/M/N), floored at 40 s: nobody is served in no time.
    const serviceMs = Math.max(40_000, -Math.log(1 - random()) * service.meanServiceMin * 60_000);
    const startAt = calledAt + 20_000 + Math.floor(random() * 40_000);
    const finishAt = startAt + serviceMs;
    free[c] = finishAt;
    recentServiceMs = 0.9 * recentServiceMs + 0.1 * serviceMs;
    const waitMin = (calledAt - arrival) / 60_000;
    const answered = random() < 0.55;
    const score = answered ? Math.max(1, Math.min(5, Math.round(5 - waitMin / 12 + (random() - 0.5) * 1.6))) : null;
    const comment = answered && random() < 0.3 ? COMMENTS[Math.floor(random() * COMMENTS.length)]! : null;
    visits.push({ ...base, outcome: 'done', counterIndex: c, calledAt, startAt, finishAt, score, comment });
  }
  return visits;
}

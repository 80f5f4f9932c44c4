/**
 * Writes simulated past activity of a branch through the real tables (tickets, ticket_events,
 * feedback_answers, wait_estimates), so reports and forecasts have history on a fresh install.
 * Only days before today are written: today's numbering and queue stay untouched.
 */
import { randomBytes } from 'node:crypto';
import { feedbackAnswers, ticketEvents, tickets, waitEstimates, type TicketRow } from '../db/schema.ts';
import { localParts } from '../domain/report-time.ts';
import { ticketCode } from '../domain/numbering.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { seededRandom, simulateArrivals, simulateVisits, type SimVisit } from './sim-profile.ts';

export interface SimulateOptions {
  branchId: number;
  days: number;
  seed?: number;
  /** Branch-wide arrivals per hour outside the lunchtime peak (default 14). */
  base?: number;
}

type NewEvent = typeof ticketEvents.$inferInsert;

function eventsOf(v: SimVisit, t: Pick<TicketRow, 'id' | 'branchId' | 'serviceId' | 'channel' | 'priority'>, counterId: number | null, userId: number | null): NewEvent[] {
  const e = (type: string, at: number, fromStatus: TicketRow['status'] | null, toStatus: TicketRow['status'], withCounter = true): NewEvent => ({
    ticketId: t.id, branchId: t.branchId, serviceId: t.serviceId, type, at: Math.round(at), fromStatus, toStatus,
    counterId: withCounter ? counterId : null, userId: withCounter ? userId : null,
  });
  const out: NewEvent[] = [{ ...e('issue', v.arrival, null, 'waiting', false), data: { channel: t.channel, priority: t.priority, simulated: true } }];
  if (v.outcome === 'cancelled') return [...out, e('cancel', v.arrival + 5 * 60_000, 'waiting', 'cancelled', false)];
  out.push(e('call', v.calledAt!, 'waiting', 'called'));
  if (v.outcome === 'no_show') return [...out, e('no_show', v.calledAt! + 120_000, 'called', 'no_show')];
  return [...out, e('start', v.startAt!, 'called', 'serving'), e('finish', v.finishAt!, 'serving', 'done')];
}

/** Returns how many tickets were written. Runs in one transaction: all of the history or none. */
export function simulateHistory(deps: ServiceDeps, opts: SimulateOptions): number {
  const { setup, accounts } = deps.repos;
  const branch = setup.getBranch(opts.branchId);
  if (!branch) throw new Error(`branch ${opts.branchId} does not exist`);
  const services = setup.listServices(branch.id).filter((s) => s.active);
  const counters = setup.listCounters(branch.id);
  if (services.length === 0 || counters.length === 0) return 0;
  const staff = accounts.listUsers().filter((u) => u.branchId === branch.id && !u.disabled);
  const random = seededRandom(opts.seed ?? 20261204);
  const arrivals = simulateArrivals(deps.now(), opts.days, branch.timezone, random, opts.base);
  // Earlier services in the list get more visitors; documents and appointments take longer.
  const visits = simulateVisits(
    arrivals,
    { services: services.map((_, i) => ({ share: 1 / (i + 1), meanServiceMin: 4 + 2 * i })), counters: counters.length },
    random,
  );
  const numbers = new Map<string, number>();
  return deps.transaction(() => {
    // Ids assigned here (under the transaction's write lock) so rows go in by the hundred, not one by one.
    let nextId = (deps.sqlite.prepare('select coalesce(max(id), 0) as id from tickets').get() as { id: number }).id + 1;
    const rows: (typeof tickets.$inferInsert)[] = [];
    const events: NewEvent[] = [];
    const estimates: (typeof waitEstimates.$inferInsert)[] = [];
    const answers: (typeof feedbackAnswers.$inferInsert)[] = [];
    for (const v of visits) {
      const service = services[v.serviceIndex]!;
      const day = localParts(v.arrival, branch.timezone).day;
      const key = `${service.id}#${day}`;
      const number = (numbers.get(key) ?? 0) + 1;
      numbers.set(key, number);
      const counter = v.counterIndex === null ? null : counters[v.counterIndex]!;
      const userId = staff.length && counter ? staff[counter.number % staff.length]!.id : null;
      const t = {
        id: nextId++, branchId: branch.id, serviceId: service.id, issuedServiceId: service.id, day, number, code: ticketCode(service.prefix, number),
        channel: random() < 0.8 ? 'kiosk' : 'phone', priority: v.priority ? 'priority' : 'normal', language: branch.languages[random() < 0.8 ? 0 : branch.languages.length - 1] ?? null,
        status: v.outcome, effectiveAt: v.arrival, counterId: counter?.id ?? null, targetCounterId: null, recallCount: 0, phoneToken: randomBytes(18).toString('base64url'),
        createdAt: v.arrival, calledAt: v.calledAt, servingAt: v.startAt, finishedAt: v.finishAt ?? (v.outcome === 'no_show' ? v.calledAt! + 120_000 : v.arrival + 300_000),
        outcome: null, note: null, parkedAt: null, contactName: null, contactPhone: null,
      } satisfies TicketRow;
      rows.push(t);
      events.push(...eventsOf(v, t, counter?.id ?? null, userId));
      estimates.push({ ticketId: t.id, minMin: v.estimate.min, maxMin: v.estimate.max, at: v.arrival });
      if (v.score !== null) {
        answers.push({
          ticketId: t.id, branchId: branch.id, serviceId: service.id, counterId: counter?.id ?? null, userId,
          score: v.score, comment: v.comment, language: t.language, at: Math.round(v.finishAt! + 60_000),
        });
      }
    }
    // SQLite caps bound variables per statement (32 766); 200 rows × at most 25 columns stays under it.
    for (let i = 0; i < rows.length; i += 200) deps.db.insert(tickets).values(rows.slice(i, i + 200)).run();
    for (let i = 0; i < events.length; i += 200) deps.db.insert(ticketEvents).values(events.slice(i, i + 200)).run();
    for (let i = 0; i < estimates.length; i += 200) deps.db.insert(waitEstimates).values(estimates.slice(i, i + 200)).run();
    for (let i = 0; i < answers.length; i += 200) deps.db.insert(feedbackAnswers).values(answers.slice(i, i + 200)).run();
    return visits.length;
  });
}

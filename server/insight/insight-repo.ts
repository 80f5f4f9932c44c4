/** Reads and writes of the insight tables, and the ticket history reports are computed from. */
import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { feedbackAnswers, rosterShifts, serviceLevelTargets, services, ticketEvents, tickets, waitEstimates } from '../db/schema.ts';
import type { ReportEvent, ReportTicket } from '../domain/report-stats.ts';

export interface Shift {
  weekday: number;
  from: string;
  to: string;
  counters: number;
}

export const DEFAULT_TARGET = { level: 80, waitMin: 10 };

export function createInsightRepo(db: Db) {
  // Raw SQL: one pass over the service's latest rows, the same window the ticket repo's mean uses.
  const serviceSpread = db.$client.prepare(`select count(*) as n, avg(d) as mean, avg(d * d) as sq from (
      select finished_at - called_at as d from tickets
      where service_id = ? and status = 'done' and called_at is not null
      order by finished_at desc limit 50)`);
  // The primary-key window keeps this cheap on a table holding years of tickets.
  const recentMix = db.$client.prepare(`select
      coalesce(sum(status = 'no_show'), 0) as noShows,
      coalesce(sum(status in ('done', 'no_show')), 0) as closed,
      coalesce(sum(priority = 'priority' and created_at >= @since), 0) as priorityRecent
    from (select status, priority, created_at from tickets
      where service_id = @serviceId and id > (select coalesce(max(id), 0) - 5000 from tickets)
      order by id desc limit 200)`);
  const issuedIn = (branchId: number, from: number, to: number) =>
    and(eq(tickets.branchId, branchId), gte(tickets.createdAt, from), lt(tickets.createdAt, to));

  return {
    /** Tickets issued in [from, to) with their service's target wait and the estimate they were given. */
    tickets(branchId: number, from: number, to: number): ReportTicket[] {
      return db
        .select({
          id: tickets.id, serviceId: tickets.serviceId, createdAt: tickets.createdAt, targetWaitMin: services.targetWaitMin,
          min: waitEstimates.minMin, max: waitEstimates.maxMin,
        })
        .from(tickets)
        .innerJoin(services, eq(services.id, tickets.serviceId))
        .leftJoin(waitEstimates, eq(waitEstimates.ticketId, tickets.id))
        .where(issuedIn(branchId, from, to))
        .all()
        .map(({ min, max, ...t }) => ({ ...t, estimate: min === null || max === null ? null : { min, max } }));
    },

    /** Every event of the tickets issued in [from, to), in log order. */
    events(branchId: number, from: number, to: number): ReportEvent[] {
      const ids = db.select({ id: tickets.id }).from(tickets).where(issuedIn(branchId, from, to));
      return db
        .select({ ticketId: ticketEvents.ticketId, type: ticketEvents.type, at: ticketEvents.at, counterId: ticketEvents.counterId, userId: ticketEvents.userId })
        .from(ticketEvents)
        .where(and(eq(ticketEvents.branchId, branchId), inArray(ticketEvents.ticketId, ids)))
        .orderBy(asc(ticketEvents.id))
        .all();
    },

    /** Scores by ticket id for the tickets issued in [from, to). */
    scores(branchId: number, from: number, to: number): Map<number, number> {
      const ids = db.select({ id: tickets.id }).from(tickets).where(issuedIn(branchId, from, to));
      const rows = db
        .select({ ticketId: feedbackAnswers.ticketId, score: feedbackAnswers.score })
        .from(feedbackAnswers)
        .where(inArray(feedbackAnswers.ticketId, ids))
        .all();
      return new Map(rows.map((r) => [r.ticketId, r.score]));
    },

    answers(branchId: number, from: number, to: number) {
      return db
        .select({
          ticketId: feedbackAnswers.ticketId, code: tickets.code, at: feedbackAnswers.at, serviceId: feedbackAnswers.serviceId,
          counterId: feedbackAnswers.counterId, userId: feedbackAnswers.userId, score: feedbackAnswers.score,
          comment: feedbackAnswers.comment, language: feedbackAnswers.language,
        })
        .from(feedbackAnswers)
        .innerJoin(tickets, eq(tickets.id, feedbackAnswers.ticketId))
        .where(and(eq(feedbackAnswers.branchId, branchId), gte(feedbackAnswers.at, from), lt(feedbackAnswers.at, to)))
        .orderBy(asc(feedbackAnswers.at))
        .all();
    },

    ticketRows(branchId: number, from: number, to: number) {
      return db.select().from(tickets).where(issuedIn(branchId, from, to)).orderBy(asc(tickets.createdAt)).all();
    },

    /** Issue instants since `from`, optionally for one service: the forecast's input. */
    arrivals(branchId: number, from: number, serviceId?: number): number[] {
      const where = and(eq(tickets.branchId, branchId), gte(tickets.createdAt, from), serviceId === undefined ? undefined : eq(tickets.serviceId, serviceId));
      return db.select({ at: tickets.createdAt }).from(tickets).where(where).all().map((r) => r.at);
    },

    answerFor: (ticketId: number) => db.select().from(feedbackAnswers).where(eq(feedbackAnswers.ticketId, ticketId)).get(),
    insertAnswer: (row: typeof feedbackAnswers.$inferInsert) => db.insert(feedbackAnswers).values(row).run(),
    lastFinisher(ticketId: number): number | null {
      const row = db
        .select({ userId: ticketEvents.userId })
        .from(ticketEvents)
        .where(and(eq(ticketEvents.ticketId, ticketId), eq(ticketEvents.type, 'finish')))
        .orderBy(sql`${ticketEvents.id} desc`)
        .get();
      return row?.userId ?? null;
    },

    /** What the wait estimate needs beyond the mean: spread, sample size, no-show share, priority rate per hour. */
    estimateInputs(serviceId: number, now: number) {
      const spread = serviceSpread.get(serviceId) as { n: number; mean: number | null; sq: number | null };
      const mix = recentMix.get({ serviceId, since: now - 3_600_000 }) as { noShows: number; closed: number; priorityRecent: number };
      const variance = spread.mean === null || spread.sq === null ? null : Math.max(0, spread.sq - spread.mean * spread.mean);
      return {
        serviceSdMs: variance === null || spread.n < 2 ? null : Math.sqrt(variance),
        samples: spread.n,
        noShowRate: mix.closed >= 10 ? mix.noShows / mix.closed : 0,
        priorityPerHour: mix.priorityRecent,
      };
    },

    recordEstimate(ticketId: number, min: number, max: number, at: number) {
      db.insert(waitEstimates).values({ ticketId, minMin: min, maxMin: max, at }).onConflictDoNothing().run();
    },

    roster(branchId: number): Shift[] {
      return db
        .select({ weekday: rosterShifts.weekday, from: rosterShifts.from, to: rosterShifts.to, counters: rosterShifts.counters })
        .from(rosterShifts)
        .where(eq(rosterShifts.branchId, branchId))
        .orderBy(asc(rosterShifts.weekday), asc(rosterShifts.from))
        .all();
    },
    replaceRoster(branchId: number, shifts: Shift[]) {
      db.delete(rosterShifts).where(eq(rosterShifts.branchId, branchId)).run();
      if (shifts.length) db.insert(rosterShifts).values(shifts.map((s) => ({ ...s, branchId }))).run();
    },

    target(branchId: number) {
      const row = db.select().from(serviceLevelTargets).where(eq(serviceLevelTargets.branchId, branchId)).get();
      return row ? { level: row.level, waitMin: row.waitMin } : DEFAULT_TARGET;
    },
    setTarget(branchId: number, t: { level: number; waitMin: number }) {
      db.insert(serviceLevelTargets).values({ branchId, ...t })
        .onConflictDoUpdate({ target: serviceLevelTargets.branchId, set: t }).run();
    },
  };
}

export type InsightRepo = ReturnType<typeof createInsightRepo>;

const shared = new WeakMap<Db, InsightRepo>();

/** One repository per database: the queue's hot path (stats, issue) must not re-prepare statements. */
export function insightRepoFor(db: Db): InsightRepo {
  let repo = shared.get(db);
  if (!repo) shared.set(db, (repo = createInsightRepo(db)));
  return repo;
}

/** Tickets, their day counters and their append-only event log. */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { TicketStatus } from '../../../shared/model.ts';
import { ACTIVE_STATUSES, QUEUED_STATUSES } from '../../../shared/model.ts';
import type { TicketPatch } from '../../domain/ticket-machine.ts';
import type { Db } from '../client.ts';
import { counters, dayCounters, ticketEvents, tickets, type TicketRow } from '../schema.ts';

export type NewTicket = typeof tickets.$inferInsert;
export type NewTicketEvent = typeof ticketEvents.$inferInsert;

/**
 * `status in ('waiting', …)` written as literals: SQLite uses a partial index only when it can prove the
 * query implies the index's WHERE clause, which it cannot do for bound parameters.
 */
function statusIn(statuses: readonly TicketStatus[]) {
  return sql`${tickets.status} in (${sql.raw(statuses.map((s) => `'${s}'`).join(', '))})`;
}

export function createTicketRepo(db: Db) {
  const byId = db.select().from(tickets).where(eq(tickets.id, sql.placeholder('id'))).prepare();
  const byPhoneToken = db.select().from(tickets).where(eq(tickets.phoneToken, sql.placeholder('token'))).prepare();
  const numberInUse = db
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        eq(tickets.issuedServiceId, sql.placeholder('serviceId')),
        eq(tickets.number, sql.placeholder('number')),
        statusIn(ACTIVE_STATUSES),
      ),
    )
    .limit(1)
    .prepare();
  const lastNumber = db
    .select({ lastNumber: dayCounters.lastNumber })
    .from(dayCounters)
    .where(and(eq(dayCounters.serviceId, sql.placeholder('serviceId')), eq(dayCounters.day, sql.placeholder('day'))))
    .prepare();
  // The earliest queued ticket of one service and priority class: the only ones call-next can pick.
  const headOfQueue = db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.branchId, sql.placeholder('branchId')),
        eq(tickets.serviceId, sql.placeholder('serviceId')),
        eq(tickets.priority, sql.placeholder('priority')),
        statusIn(QUEUED_STATUSES),
        isNull(tickets.targetCounterId),
      ),
    )
    .orderBy(tickets.effectiveAt, tickets.id)
    .limit(1)
    .prepare();
  const headForCounter = db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.branchId, sql.placeholder('branchId')),
        statusIn(QUEUED_STATUSES),
        eq(tickets.targetCounterId, sql.placeholder('counterId')),
      ),
    )
    .orderBy(tickets.effectiveAt, tickets.id)
    .limit(1)
    .prepare();
  const active = db
    .select()
    .from(tickets)
    .where(and(eq(tickets.branchId, sql.placeholder('branchId')), statusIn(ACTIVE_STATUSES)))
    .prepare();
  const atCounter = db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.branchId, sql.placeholder('branchId')),
        // The first term matches the partial index `tickets_active`; the second narrows it.
        statusIn(ACTIVE_STATUSES),
        statusIn(['called', 'serving']),
        eq(tickets.counterId, sql.placeholder('counterId')),
      ),
    )
    .prepare();
  const queuedCounts = db
    .select({ serviceId: tickets.serviceId, count: sql<number>`count(*)` })
    .from(tickets)
    .where(and(eq(tickets.branchId, sql.placeholder('branchId')), statusIn(QUEUED_STATUSES)))
    .groupBy(tickets.serviceId)
    .prepare();
  const aheadOf = db
    .select({ count: sql<number>`count(*)` })
    .from(tickets)
    .where(
      and(
        eq(tickets.branchId, sql.placeholder('branchId')),
        eq(tickets.serviceId, sql.placeholder('serviceId')),
        statusIn(QUEUED_STATUSES),
        sql`${tickets.effectiveAt} < ${sql.placeholder('effectiveAt')}`,
      ),
    )
    .prepare();
  const insertEventStmt = db.insert(ticketEvents).values({
    ticketId: sql.placeholder('ticketId'),
    branchId: sql.placeholder('branchId'),
    type: sql.placeholder('type'),
    fromStatus: sql.placeholder('fromStatus'),
    toStatus: sql.placeholder('toStatus'),
    serviceId: sql.placeholder('serviceId'),
    counterId: sql.placeholder('counterId'),
    userId: sql.placeholder('userId'),
    at: sql.placeholder('at'),
    data: sql.placeholder('data'),
  }).returning({ id: ticketEvents.id }).prepare();

  return {
    get: (id: number): TicketRow | undefined => byId.get({ id }),
    getByPhoneToken: (token: string): TicketRow | undefined => byPhoneToken.get({ token }),
    numberInUse: (serviceId: number, number: number) => numberInUse.get({ serviceId, number }) !== undefined,
    lastNumber: (serviceId: number, day: string) => lastNumber.get({ serviceId, day })?.lastNumber ?? 0,
    setLastNumber(serviceId: number, day: string, number: number) {
      db.insert(dayCounters)
        .values({ serviceId, day, lastNumber: number })
        .onConflictDoUpdate({ target: [dayCounters.serviceId, dayCounters.day], set: { lastNumber: number } })
        .run();
    },
    insert: (row: NewTicket): TicketRow => db.insert(tickets).values(row).returning().get(),
    /** Conditional on the status we read, so a racing writer makes this a no-op we can detect. */
    update(id: number, expected: TicketStatus, patch: TicketPatch): TicketRow | undefined {
      return db
        .update(tickets)
        .set(patch)
        .where(and(eq(tickets.id, id), eq(tickets.status, expected)))
        .returning()
        .get();
    },
    headOfQueue: (branchId: number, serviceId: number, priority: 'normal' | 'priority'): TicketRow | undefined =>
      headOfQueue.get({ branchId, serviceId, priority }),
    headForCounter: (branchId: number, counterId: number): TicketRow | undefined =>
      headForCounter.get({ branchId, counterId }),
    active: (branchId: number): TicketRow[] => active.all({ branchId }),
    /** The latest ticket of a branch-local day with this code (codes repeat across days, not within one). */
    byCode: (branchId: number, day: string, code: string): TicketRow | undefined =>
      db
        .select()
        .from(tickets)
        .where(and(eq(tickets.branchId, branchId), eq(tickets.day, day), eq(tickets.code, code)))
        .orderBy(desc(tickets.id))
        .limit(1)
        .get(),
    /** Queued (waiting or transferred) tickets per service, counted on the partial queue index. */
    queuedCounts(branchId: number): Map<number, number> {
      return new Map(queuedCounts.all({ branchId }).map((r) => [r.serviceId, r.count]));
    },
    /** How many queued tickets of the service sort before `effectiveAt`. */
    aheadOf: (branchId: number, serviceId: number, effectiveAt: number): number =>
      aheadOf.get({ branchId, serviceId, effectiveAt })?.count ?? 0,
    /** Tickets a counter is calling or serving now (normally one). */
    atCounter: (branchId: number, counterId: number): TicketRow[] => atCounter.all({ branchId, counterId }),
    addEvent(e: NewTicketEvent): number {
      const row = insertEventStmt.get({
        ticketId: e.ticketId,
        branchId: e.branchId,
        type: e.type,
        fromStatus: e.fromStatus ?? null,
        toStatus: e.toStatus,
        serviceId: e.serviceId,
        counterId: e.counterId ?? null,
        userId: e.userId ?? null,
        at: e.at,
        data: e.data === undefined || e.data === null ? null : JSON.stringify(e.data),
      });
      return row!.id;
    },
    /** The latest calls and recalls of a branch, newest first, with what a screen shows of them. */
    recentCalls(branchId: number, limit: number) {
      return db
        .select({
          callId: ticketEvents.id,
          ticketId: ticketEvents.ticketId,
          type: ticketEvents.type,
          at: ticketEvents.at,
          serviceId: ticketEvents.serviceId,
          counterId: ticketEvents.counterId,
          code: tickets.code,
          language: tickets.language,
          counterName: counters.name,
          counterNumber: counters.number,
        })
        .from(ticketEvents)
        .innerJoin(tickets, eq(tickets.id, ticketEvents.ticketId))
        .innerJoin(counters, eq(counters.id, ticketEvents.counterId))
        .where(and(eq(ticketEvents.branchId, branchId), inArray(ticketEvents.type, ['call', 'recall'])))
        .orderBy(desc(ticketEvents.at), desc(ticketEvents.id))
        .limit(limit)
        .all();
    },
    /** Mean of the last `n` service durations of a service (call to finish), or null without history. */
    meanServiceMs(serviceId: number, n = 50): number | null {
      const row = db.get<{ mean: number | null }>(sql`
        select avg(finished_at - called_at) as mean from (
          select finished_at, called_at from tickets
          where service_id = ${serviceId} and status = 'done' and called_at is not null
          order by finished_at desc limit ${n})`);
      return row?.mean ?? null;
    },
  };
}

export type TicketRepo = ReturnType<typeof createTicketRepo>;

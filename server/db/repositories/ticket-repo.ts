/** Tickets, their day counters and their append-only event log. */
import { and, desc, eq, getTableColumns, gte, inArray, sql } from 'drizzle-orm';
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
  return sql`${tickets.status} in (${sql.raw(statusList(statuses))})`;
}

const statusList = (statuses: readonly TicketStatus[]) => statuses.map((s) => `'${s}'`).join(', ');

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
  const activeNumbers = db
    .select({ number: tickets.number })
    .from(tickets)
    .where(and(eq(tickets.issuedServiceId, sql.placeholder('serviceId')), statusIn(ACTIVE_STATUSES)))
    .prepare();
  const lastNumber = db
    .select({ lastNumber: dayCounters.lastNumber })
    .from(dayCounters)
    .where(and(eq(dayCounters.serviceId, sql.placeholder('serviceId')), eq(dayCounters.day, sql.placeholder('day'))))
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
  // Both figures in one pass over the service's queue index.
  const queuePosition = db
    .select({
      waiting: sql<number>`count(*)`,
      ahead: sql<number>`coalesce(sum(${tickets.effectiveAt} < ${sql.placeholder('effectiveAt')}), 0)`,
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.branchId, sql.placeholder('branchId')),
        eq(tickets.serviceId, sql.placeholder('serviceId')),
        statusIn(QUEUED_STATUSES),
      ),
    )
    .prepare();
  const sqlite = db.$client;
  const headOfQueue = sqlite.prepare(queueHeadSql('@serviceId', '@priority'));
  const headForCounter = sqlite.prepare(counterHeadSql());
  const headsFor = queueHeadsStatements(sqlite);
  const insertTicket = sqlite.prepare(`insert into tickets (branch_id, service_id, issued_service_id, day, number, code, channel,
      priority, language, status, effective_at, counter_id, target_counter_id, recall_count, phone_token, contact_name,
      contact_phone, outcome, note, created_at, called_at, serving_at, finished_at, parked_at)
    values (@branchId, @serviceId, @issuedServiceId, @day, @number, @code, @channel, @priority, @language, @status, @effectiveAt,
      @counterId, @targetCounterId, @recallCount, @phoneToken, @contactName, @contactPhone, @outcome, @note, @createdAt,
      @calledAt, @servingAt, @finishedAt, @parkedAt)`);
  // Every transition writes the whole mutable state, so one prepared statement serves them all; the
  // status guard makes a racing writer's change a detectable no-op.
  const updateTicket = sqlite.prepare(`update tickets set status = @status, service_id = @serviceId, counter_id = @counterId,
      target_counter_id = @targetCounterId, effective_at = @effectiveAt, recall_count = @recallCount, called_at = @calledAt,
      serving_at = @servingAt, finished_at = @finishedAt, parked_at = @parkedAt, outcome = @outcome, note = @note
    where id = @id and status = @expected`);
  const upsertDayCounter = sqlite.prepare(`insert into day_counters (service_id, day, last_number) values (?, ?, ?)
    on conflict (service_id, day) do update set last_number = excluded.last_number`);
  const meanService = sqlite.prepare(`select avg(finished_at - called_at) as mean from (
      select finished_at, called_at from tickets
      where service_id = ? and status = 'done' and called_at is not null
      order by finished_at desc limit ?)`);
  // Every issue and transition appends one: a plain run and its rowid, without a RETURNING row to map.
  const insertEventStmt = sqlite.prepare(`insert into ticket_events (ticket_id, branch_id, type, from_status, to_status,
      service_id, counter_id, user_id, at, data)
    values (@ticketId, @branchId, @type, @fromStatus, @toStatus, @serviceId, @counterId, @userId, @at, @data)`);

  return {
    get: (id: number): TicketRow | undefined => byId.get({ id }),
    getByPhoneToken: (token: string): TicketRow | undefined => byPhoneToken.get({ token }),
    numberInUse: (serviceId: number, number: number) => numberInUse.get({ serviceId, number }) !== undefined,
    /** Every number of the service held by an active ticket (at most 999). */
    activeNumbers: (serviceId: number): Set<number> => new Set(activeNumbers.all({ serviceId }).map((r) => r.number)),
    lastNumber: (serviceId: number, day: string) => lastNumber.get({ serviceId, day })?.lastNumber ?? 0,
    setLastNumber(serviceId: number, day: string, number: number) {
      upsertDayCounter.run(serviceId, day, number);
    },
    insert(row: NewTicket): TicketRow {
      const full: TicketRow = {
        id: 0,
        priority: 'normal',
        language: null,
        counterId: null,
        targetCounterId: null,
        recallCount: 0,
        contactName: null,
        contactPhone: null,
        outcome: null,
        note: null,
        calledAt: null,
        servingAt: null,
        finishedAt: null,
        parkedAt: null,
        ...row,
      };
      const { lastInsertRowid } = insertTicket.run(full);
      return { ...full, id: Number(lastInsertRowid) };
    },
    /** Writes `patch` over `current` unless someone changed the ticket's status since we read it. */
    update(current: TicketRow, patch: TicketPatch): TicketRow | undefined {
      const next: TicketRow = { ...current, ...patch };
      const { changes } = updateTicket.run({ ...next, expected: current.status });
      return changes === 1 ? next : undefined;
    },
    /** The earliest queued ticket of one service and priority class: the only ones call-next can pick. */
    headOfQueue: (branchId: number, serviceId: number, priority: 'normal' | 'priority'): TicketRow | undefined =>
      headOfQueue.get({ branchId, serviceId, priority }) as TicketRow | undefined,
    /** The earliest queued ticket sent to this counter. */
    headForCounter: (branchId: number, counterId: number): TicketRow | undefined =>
      headForCounter.get({ branchId, counterId }) as TicketRow | undefined,
    /**
     * What call-next chooses from, in one statement: the head of each of the services' queues per priority
     * class, and the earliest ticket sent to the counter. Same result as headOfQueue and headForCounter.
     */
    queueHeads: (branchId: number, serviceIds: readonly number[], counterId: number): TicketRow[] =>
      headsFor(serviceIds.length).all({ branchId, counterId, ...Object.fromEntries(serviceIds.map((id, i) => [`s${i}`, id])) }) as TicketRow[],
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
    /** How many queued tickets of the service sort before `effectiveAt`, and how many are queued in all. */
    queuePosition(branchId: number, serviceId: number, effectiveAt: number): { ahead: number; waiting: number } {
      const row = queuePosition.get({ branchId, serviceId, effectiveAt });
      return { ahead: row?.ahead ?? 0, waiting: row?.waiting ?? 0 };
    },
    /** Tickets a counter is calling or serving now (normally one). */
    atCounter: (branchId: number, counterId: number): TicketRow[] => atCounter.all({ branchId, counterId }),
    addEvent(e: NewTicketEvent): number {
      const { lastInsertRowid } = insertEventStmt.run({
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
      return Number(lastInsertRowid);
    },
    /** The latest calls and recalls of a branch, newest first, with what a screen shows of them. */
    recentCalls(branchId: number, limit: number, since: number) {
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
        .where(
          and(eq(ticketEvents.branchId, branchId), inArray(ticketEvents.type, ['call', 'recall']), gte(ticketEvents.at, since)),
        )
        .orderBy(desc(ticketEvents.at), desc(ticketEvents.id))
        .limit(limit)
        .all();
    },
    /** Mean of the last `n` service durations of a service (call to finish), or null without history. */
    meanServiceMs(serviceId: number, n = 50): number | null {
      return (meanService.get(serviceId, n) as { mean: number | null } | undefined)?.mean ?? null;
    },
  };
}

export type TicketRepo = ReturnType<typeof createTicketRepo>;

/** The column list of a whole ticket row, named as drizzle names the fields, so raw rows are TicketRows. */
const TICKET_FIELDS = Object.entries(getTableColumns(tickets))
  .map(([field, column]) => `"${column.name}" as "${field}"`)
  .join(', ');

// Literal statuses, as in statusIn.
const QUEUED = `status in (${statusList(QUEUED_STATUSES)})`;

/** The head of one service's queue for one priority class (not counting tickets sent to a counter). */
const queueHeadSql = (service: string, priority: string) => `select ${TICKET_FIELDS} from tickets
  where branch_id = @branchId and service_id = ${service} and priority = ${priority} and ${QUEUED} and target_counter_id is null
  order by effective_at, id limit 1`;

/** The earliest ticket sent to the counter `@counterId`. */
const counterHeadSql = () => `select ${TICKET_FIELDS} from tickets
  where branch_id = @branchId and ${QUEUED} and target_counter_id = @counterId
  order by effective_at, id limit 1`;

/**
 * Call-next runs on every press, and each statement it runs costs most on a press after a quiet spell (cold
 * caches): its 2×N+1 head lookups are one UNION ALL, each arm still a LIMIT 1 on its own index. One
 * statement per number of services, prepared once.
 */
function queueHeadsStatements(sqlite: Db['$client']) {
  const cache = new Map<number, ReturnType<typeof sqlite.prepare>>();
  return (services: number) => {
    let stmt = cache.get(services);
    if (!stmt) {
      const arms: string[] = [];
      for (let i = 0; i < services; i++) {
        for (const priority of ["'normal'", "'priority'"]) arms.push(queueHeadSql(`@s${i}`, priority));
      }
      arms.push(counterHeadSql());
      stmt = sqlite.prepare(arms.map((arm) => `select * from (${arm})`).join('\nunion all\n'));
      cache.set(services, stmt);
    }
    return stmt;
  };
}

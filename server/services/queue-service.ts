/** Queue use cases: issue, call next, and every ticket transition, each in one transaction, published after commit. */
import { randomBytes } from 'node:crypto';
import type { Channel, Language, PriorityClass } from '../../shared/model.ts';
import type { QueueEvent } from '../../shared/protocol.ts';
import { pickNext } from '../domain/call-next.ts';
import { badRequest, conflict, notFound } from '../domain/errors.ts';
import { localDay, nextTicketNumber, ticketCode } from '../domain/numbering.ts';
import { isOpenAt } from '../domain/opening-hours.ts';
import { applyAction, transferEffectiveAt, type TicketAction } from '../domain/ticket-machine.ts';
import type { CounterRow, TicketRow } from '../db/schema.ts';
import { assertBranchAccess, assertTicketAccess } from './access.ts';
import { actorUserId, type Actor, type ServiceDeps } from './deps.ts';
import { issueReceipt, type IssueReceipt, type StatsScheduler } from './stats-service.ts';
import { toCallRecord, toWireCounter, toWireTicket } from './wire.ts';

export interface IssueInput {
  serviceId: number;
  channel: Channel;
  priority: PriorityClass;
  language: Language | null;
  /** Optional, never needed to queue; erased after the retention period. */
  contact?: { name?: string; phone?: string };
}

/** The transitions staff trigger on one ticket (call-next and issue have their own entry points). */
export type TicketCommand =
  | { type: 'call'; counterId: number }
  | { type: 'recall' }
  | { type: 'start' }
  | { type: 'finish'; outcome?: string | null; note?: string | null }
  | { type: 'no_show' }
  | { type: 'cancel' }
  | { type: 'transfer'; serviceId?: number; counterId?: number; position: 'front' | 'back' }
  | { type: 'park' }
  | { type: 'unpark' };

const EVENT_ACTION = {
  start: 'serving',
  finish: 'done',
  no_show: 'no_show',
  cancel: 'cancelled',
  transfer: 'transferred',
  park: 'parked',
  unpark: 'unparked',
} as const;

export function createQueueService(deps: ServiceDeps, stats: StatsScheduler) {
  const { repos, now } = deps;

  function commit(branchId: number, events: QueueEvent[]) {
    deps.publisher.publish(branchId, events);
    stats.changed(branchId);
  }

  function loadTicket(id: number): TicketRow {
    const t = repos.tickets.get(id);
    if (!t) throw notFound(`ticket ${id}`);
    return t;
  }

  function loadCounter(id: number) {
    const c = repos.setup.getCounter(id);
    if (!c) throw notFound(`counter ${id}`);
    return c;
  }

  /** Applies one domain action to a ticket, logs it, and returns the stored row. */
  function transition(ticket: TicketRow, action: TicketAction, actor: Actor, counterId: number | null, at: number) {
    const patch = applyAction(ticket, action, at);
    const updated = repos.tickets.update(ticket, patch);
    // The row changed under us: another writer won; report it rather than overwrite.
    if (!updated) throw conflict('ticket_changed', `ticket ${ticket.code} was changed by someone else; try again`);
    const eventId = repos.tickets.addEvent({
      ticketId: ticket.id,
      branchId: ticket.branchId,
      type: action.type,
      fromStatus: ticket.status,
      toStatus: updated.status,
      serviceId: updated.serviceId,
      counterId: counterId ?? updated.counterId,
      userId: actorUserId(actor),
      at,
      data: action.type === 'transfer' ? { fromServiceId: ticket.serviceId, toCounterId: action.counterId } : null,
    });
    return { updated, eventId };
  }

  function callEvent(kind: 'ticket_called' | 'ticket_recalled', t: TicketRow, counter: CounterRow, eventId: number, at: number): QueueEvent {
    return { kind, ticket: toWireTicket(t), call: toCallRecord(eventId, t, counter, at, kind === 'ticket_recalled') };
  }

  /** Ends the counter's current ticket (serving or called) as done: pressing "next" means "this one is finished". */
  function finishCurrent(counterId: number, branchId: number, actor: Actor, at: number, events: QueueEvent[]) {
    for (const t of repos.tickets.atCounter(branchId, counterId)) {
      const { updated } = transition(t, { type: 'finish', outcome: null, note: null }, actor, counterId, at);
      events.push({ kind: 'ticket_updated', ticket: toWireTicket(updated), action: 'done' });
    }
  }

  return {
    /**
     * Issues a ticket and builds its receipt in one transaction shared with the other issues of this
     * event-loop turn (group commit: kiosks issue in bursts); resolves once that transaction committed.
     */
    issue(branchId: number, input: IssueInput, actor: Actor): Promise<{ ticket: TicketRow; receipt: IssueReceipt }> {
      assertBranchAccess(actor, branchId);
      const at = now();
      return deps.groupCommit.run(() => {
        const branch = repos.setup.getBranch(branchId);
        if (!branch) throw notFound(`branch ${branchId}`);
        const service = repos.setup.getService(input.serviceId);
        if (!service || service.branchId !== branchId) throw notFound(`service ${input.serviceId} in this branch`);
        if (!service.active) throw conflict('service_inactive', `${service.prefix} is not offered at the moment`);
        if (input.channel !== 'staff' && !isOpenAt(service.openingHours, at, branch.timezone)) {
          throw conflict('service_closed', `${service.prefix} is closed now`);
        }
        const day = localDay(at, branch.timezone);
        // The next number is almost always free: check it alone, and load the held numbers only on a clash.
        let held: Set<number> | null = null;
        const number = nextTicketNumber(repos.tickets.lastNumber(service.id, day), (n) => {
          if (held) return held.has(n);
          if (!repos.tickets.numberInUse(service.id, n)) return false;
          held = repos.tickets.activeNumbers(service.id);
          return true;
        });
        repos.tickets.setLastNumber(service.id, day, number);
        const ticket = repos.tickets.insert({
          branchId,
          serviceId: service.id,
          issuedServiceId: service.id,
          day,
          number,
          code: ticketCode(service.prefix, number),
          channel: input.channel,
          priority: input.priority,
          language: input.language,
          status: 'waiting',
          effectiveAt: at,
          phoneToken: randomBytes(24).toString('base64url'),
          contactName: input.contact?.name ?? null,
          contactPhone: input.contact?.phone ?? null,
          createdAt: at,
        });
        repos.tickets.addEvent({
          ticketId: ticket.id,
          branchId,
          type: 'issue',
          fromStatus: null,
          toStatus: 'waiting',
          serviceId: service.id,
          userId: actorUserId(actor),
          at,
          data: { channel: input.channel, priority: input.priority },
        });
        return { ticket, receipt: issueReceipt(deps, ticket) };
      }, ({ receipt }) => commit(branchId, [{ kind: 'ticket_issued', ticket: receipt.ticket }]));
    },

    /** Calls the best waiting ticket for a counter (see domain/call-next.ts); null when nobody waits. */
    callNext(counterId: number, actor: Actor): TicketRow | null {
      const at = now();
      const counter = loadCounter(counterId);
      assertBranchAccess(actor, counter.branchId);
      const events: QueueEvent[] = [];
      const called = deps.transaction(() => {
        finishCurrent(counter.id, counter.branchId, actor, at, events);
        const candidates = repos.tickets.queueHeads(counter.branchId, counter.serviceIds, counter.id);
        const next = pickNext(candidates, counter, at);
        if (!next) return null;
        if (counter.status !== 'open') openCounter(counter.id, at, events);
        const { updated, eventId } = transition(next, { type: 'call', counterId: counter.id }, actor, counter.id, at);
        events.push(callEvent('ticket_called', updated, counter, eventId, at));
        return updated;
      });
      if (events.length > 0) commit(counter.branchId, events);
      return called;
    },

    act(ticketId: number, command: TicketCommand, actor: Actor): TicketRow {
      const at = now();
      const events: QueueEvent[] = [];
      let branchId = 0;
      const result = deps.transaction(() => {
        const ticket = loadTicket(ticketId);
        branchId = ticket.branchId;
        assertTicketAccess(actor, ticket, command.type);
        switch (command.type) {
          case 'call': {
            const counter = loadCounter(command.counterId);
            if (counter.branchId !== ticket.branchId) throw badRequest('wrong_branch', 'that counter is in another branch');
            finishCurrent(counter.id, counter.branchId, actor, at, events);
            if (counter.status !== 'open') openCounter(counter.id, at, events);
            const { updated, eventId } = transition(ticket, { type: 'call', counterId: counter.id }, actor, counter.id, at);
            events.push(callEvent('ticket_called', updated, counter, eventId, at));
            return updated;
          }
          case 'recall': {
            const { updated, eventId } = transition(ticket, { type: 'recall' }, actor, null, at);
            events.push(callEvent('ticket_recalled', updated, loadCounter(updated.counterId!), eventId, at));
            return updated;
          }
          case 'transfer':
            return transfer(ticket, command, actor, at, events);
          default: {
            const action: TicketAction =
              command.type === 'finish'
                ? { type: 'finish', outcome: command.outcome ?? null, note: command.note ?? null }
                : { type: command.type };
            const { updated } = transition(ticket, action, actor, null, at);
            events.push({ kind: 'ticket_updated', ticket: toWireTicket(updated), action: EVENT_ACTION[command.type] });
            return updated;
          }
        }
      });
      commit(branchId, events);
      return result;
    },

    setCounterStatus(counterId: number, status: 'open' | 'paused' | 'closed', reason: string | null, actor: Actor) {
      const at = now();
      const counter = loadCounter(counterId);
      assertBranchAccess(actor, counter.branchId);
      const events: QueueEvent[] = [];
      const updated = deps.transaction(() => {
        if (status === 'closed') finishCurrent(counter.id, counter.branchId, actor, at, events);
        repos.setup.updateCounter(counter.id, {
          status,
          pauseReason: status === 'paused' ? reason : null,
          statusSince: at,
        });
        const fresh = loadCounter(counter.id);
        events.push({ kind: 'counter_updated', counter: toWireCounter(fresh), status });
        return fresh;
      });
      commit(counter.branchId, events);
      return updated;
    },
  };

  function openCounter(counterId: number, at: number, events: QueueEvent[]) {
    repos.setup.updateCounter(counterId, { status: 'open', pauseReason: null, statusSince: at });
    const fresh = loadCounter(counterId);
    events.push({ kind: 'counter_updated', counter: toWireCounter(fresh), status: 'open' });
  }

  function transfer(
    ticket: TicketRow,
    command: Extract<TicketCommand, { type: 'transfer' }>,
    actor: Actor,
    at: number,
    events: QueueEvent[],
  ): TicketRow {
    if ((command.serviceId === undefined) === (command.counterId === undefined)) {
      throw badRequest('transfer_target', 'transfer to exactly one of a service or a counter');
    }
    let serviceId = ticket.serviceId;
    let counterId: number | null = null;
    if (command.serviceId !== undefined) {
      const service = repos.setup.getService(command.serviceId);
      if (!service || service.branchId !== ticket.branchId) throw notFound(`service ${command.serviceId} in this branch`);
      serviceId = service.id;
    } else {
      const counter = loadCounter(command.counterId!);
      if (counter.branchId !== ticket.branchId) throw badRequest('wrong_branch', 'that counter is in another branch');
      counterId = counter.id;
    }
    const queue = counterId === null
      ? [repos.tickets.headOfQueue(ticket.branchId, serviceId, 'normal'), repos.tickets.headOfQueue(ticket.branchId, serviceId, 'priority')]
      : [repos.tickets.headForCounter(ticket.branchId, counterId)];
    const earliest = queue.filter((t): t is TicketRow => t !== undefined && t.id !== ticket.id).map((t) => t.effectiveAt);
    const effectiveAt = transferEffectiveAt(command.position, earliest.length ? Math.min(...earliest) : null, at);
    const { updated } = transition(ticket, { type: 'transfer', serviceId, counterId, effectiveAt }, actor, null, at);
    events.push({ kind: 'ticket_updated', ticket: toWireTicket(updated), action: 'transferred' });
    return updated;
  }
}

export type QueueService = ReturnType<typeof createQueueService>;

/**
 * The visitor's phone: its own ticket only, reached by the ticket's unguessable token, plus remote
 * joining where a branch allows it. Nothing here reveals another visitor beyond counts.
 */
import { isOpenAt } from '../../shared/opening-hours.ts';
import type { Language } from '../../shared/model.ts';
import { AppError, conflict, notFound } from '../domain/errors.ts';
import type { TicketRow } from '../db/schema.ts';
import type { ServiceDeps } from './deps.ts';
import type { QueueService } from './queue-service.ts';
import { computeStats, serviceStats } from './stats-service.ts';
import { toWireBranch, toWireTicket } from './wire.ts';

const LEAVABLE = new Set(['waiting', 'transferred', 'parked', 'called']);

export function createPhoneService(deps: ServiceDeps, queue: QueueService) {
  const { tickets, setup } = deps.repos;

  function byToken(token: string): TicketRow {
    const ticket = tickets.getByPhoneToken(token);
    if (!ticket) throw notFound('that ticket');
    return ticket;
  }

  function requireJoinable(branchId: number) {
    const branch = setup.getBranch(branchId);
    if (!branch) throw notFound(`branch ${branchId}`);
    if (!branch.allowRemoteJoin) throw new AppError(403, 'remote_join_disabled', 'this branch takes tickets on site only');
    return branch;
  }

  return {
    view(token: string) {
      const ticket = byToken(token);
      const branch = setup.getBranch(ticket.branchId)!;
      const service = setup.getService(ticket.serviceId)!;
      const queued = ticket.status === 'waiting' || ticket.status === 'transferred';
      const ahead = queued ? tickets.queuePosition(ticket.branchId, ticket.serviceId, ticket.effectiveAt).ahead : 0;
      const stats = queued
        ? serviceStats(deps, service.id, { waiting: 0, ahead }, setup.listCounters(ticket.branchId))
        : null;
      const counter = ticket.counterId === null ? null : setup.getCounter(ticket.counterId);
      return {
        ticket: toWireTicket(ticket),
        branch: toWireBranch(branch),
        service: { id: service.id, prefix: service.prefix, names: service.names },
        ahead,
        estimate: stats && stats.estimateMin !== null && stats.estimateMax !== null ? { min: stats.estimateMin, max: stats.estimateMax } : null,
        counter: counter ? { id: counter.id, name: counter.name, number: counter.number } : null,
        serverTime: deps.now(),
      };
    },

    leave(token: string) {
      const ticket = byToken(token);
      if (!LEAVABLE.has(ticket.status)) throw conflict('already_served', 'this ticket is no longer in the queue');
      return queue.act(ticket.id, { type: 'cancel' }, { kind: 'phone', ticketId: ticket.id });
    },

    joinOptions(branchId: number) {
      const branch = requireJoinable(branchId);
      const now = deps.now();
      const stats = new Map(computeStats(deps, branchId).map((s) => [s.serviceId, s]));
      return {
        branch: toWireBranch(branch),
        services: setup
          .listServices(branchId)
          .filter((s) => s.active)
          .map((s) => {
            const st = stats.get(s.id);
            return {
              id: s.id,
              prefix: s.prefix,
              names: s.names,
              openNow: isOpenAt(s.openingHours ?? null, now, branch.timezone),
              waiting: st?.waiting ?? 0,
              estimate: st && st.estimateMin !== null && st.estimateMax !== null ? { min: st.estimateMin, max: st.estimateMax } : null,
            };
          }),
      };
    },

    join(branchId: number, input: { serviceId: number; language: Language | null }) {
      requireJoinable(branchId);
      return queue.issue(branchId, { ...input, channel: 'phone', priority: 'normal' }, { kind: 'system' });
    },
  };
}

export type PhoneService = ReturnType<typeof createPhoneService>;

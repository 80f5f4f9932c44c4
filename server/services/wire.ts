/** Maps rows to the wire types of shared/model.ts: the only place that decides what leaves the server. */
import type { CallRecord, WireBranch, WireCounter, WireService, WireTicket } from '../../shared/model.ts';
import type { CounterWithServices } from '../db/repositories/setup-repo.ts';
import type { BranchRow, CounterRow, ServiceRow, TicketRow } from '../db/schema.ts';

export function toWireTicket(t: TicketRow): WireTicket {
  return {
    id: t.id,
    code: t.code,
    serviceId: t.serviceId,
    status: t.status,
    priority: t.priority,
    channel: t.channel,
    language: t.language,
    effectiveAt: t.effectiveAt,
    createdAt: t.createdAt,
    counterId: t.counterId,
    targetCounterId: t.targetCounterId,
    calledAt: t.calledAt,
    recallCount: t.recallCount,
  };
}

export function toWireService(s: ServiceRow): WireService {
  return {
    id: s.id,
    prefix: s.prefix,
    names: s.names,
    targetWaitMin: s.targetWaitMin,
    active: s.active,
    openingHours: s.openingHours ?? null,
  };
}

export function toWireCounter(c: CounterWithServices): WireCounter {
  return {
    id: c.id,
    name: c.name,
    number: c.number,
    status: c.status,
    pauseReason: c.pauseReason,
    serviceIds: c.serviceIds,
  };
}

export function toWireBranch(b: BranchRow): WireBranch {
  return { id: b.id, name: b.name, timezone: b.timezone, languages: b.languages, theme: b.theme, ticker: b.ticker };
}

export function toCallRecord(callId: number, t: TicketRow, counter: CounterRow, at: number, recall: boolean): CallRecord {
  return {
    callId,
    ticketId: t.id,
    code: t.code,
    serviceId: t.serviceId,
    counterId: counter.id,
    counterName: counter.name,
    counterNumber: counter.number,
    language: t.language,
    at,
    recall,
  };
}

/** Applies sequenced events to a snapshot: the one reducer the server's tests and every screen share. */
import { ACTIVE_STATUSES, type BranchSnapshot, type CallRecord, type WireTicket } from './model.ts';
import type { QueueEvent } from './protocol.ts';

export const RECENT_CALLS_KEPT = 20;

export function applyEvent(state: BranchSnapshot, event: QueueEvent): BranchSnapshot {
  switch (event.kind) {
    case 'ticket_issued':
    case 'ticket_updated':
      return { ...state, tickets: upsertTicket(state.tickets, event.ticket) };
    case 'ticket_called':
    case 'ticket_recalled':
      return {
        ...state,
        tickets: upsertTicket(state.tickets, event.ticket),
        recentCalls: addCall(state.recentCalls, event.call),
      };
    case 'counter_updated':
      return { ...state, counters: state.counters.map((c) => (c.id === event.counter.id ? event.counter : c)) };
    case 'stats':
      return { ...state, stats: event.stats };
    case 'announcement':
    case 'config_changed':
      return state;
  }
}

function upsertTicket(tickets: WireTicket[], ticket: WireTicket): WireTicket[] {
  const rest = tickets.filter((t) => t.id !== ticket.id);
  return ACTIVE_STATUSES.includes(ticket.status) ? [...rest, ticket] : rest;
}

function addCall(calls: CallRecord[], call: CallRecord): CallRecord[] {
  if (calls.some((c) => c.callId === call.callId)) return calls;
  return [call, ...calls].sort((a, b) => b.at - a.at || b.callId - a.callId).slice(0, RECENT_CALLS_KEPT);
}

/** The ticket a counter is calling or serving now, if any. */
export function currentTicketAt(state: BranchSnapshot, counterId: number): WireTicket | undefined {
  return state.tickets.find((t) => t.counterId === counterId && (t.status === 'called' || t.status === 'serving'));
}

export function waitingFor(state: BranchSnapshot, serviceId: number): number {
  return state.tickets.filter((t) => t.serviceId === serviceId && (t.status === 'waiting' || t.status === 'transferred'))
    .length;
}

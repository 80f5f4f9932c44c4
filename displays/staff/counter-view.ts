/** Pure views of the branch state from one counter's side: its queues, the tickets it may call, its parked ones. */
import type { BranchSnapshot, WireCounter, WireService, WireTicket } from '../../shared/model.ts';
import { QUEUED_STATUSES } from '../../shared/model.ts';
import { rankForCall } from '../../shared/call-next.ts';
import { localizedName } from '../common/format.ts';

export interface QueueRow {
  /** Null for the tickets transferred to this very counter. */
  service: WireService | null;
  waiting: number;
  /** Server-time ms the longest-waiting ticket has waited; null when nobody waits. */
  longestWaitMs: number | null;
}

const isQueued = (t: WireTicket) => QUEUED_STATUSES.includes(t.status);

/** One row per service the counter serves, in its order of preference, plus tickets sent to this counter. */
export function counterQueues(state: BranchSnapshot, counter: WireCounter, serverNow: number): QueueRow[] {
  const queued = state.tickets.filter(isQueued);
  const row = (service: WireService | null, tickets: WireTicket[]): QueueRow => ({
    service,
    waiting: tickets.length,
    longestWaitMs: tickets.length ? Math.max(0, serverNow - Math.min(...tickets.map((t) => t.effectiveAt))) : null,
  });
  const rows = counter.serviceIds
    .map((id) => state.services.find((s) => s.id === id))
    .filter((s): s is WireService => s !== undefined)
    .map((s) => row(s, queued.filter((t) => t.serviceId === s.id && t.targetCounterId === null)));
  const direct = queued.filter((t) => t.targetCounterId === counter.id);
  return direct.length ? [row(null, direct), ...rows] : rows;
}

/**
 * The tickets this counter may call, in the order "Call next" takes them (the shared call-next rule:
 * sent to this counter first, then waiting time with priority and the counter's service order weighed
 * in). The first one is what the next press calls.
 */
export function callableTickets(state: BranchSnapshot, counter: WireCounter): WireTicket[] {
  return rankForCall(state.tickets.filter(isQueued), counter);
}

/** Tickets this counter set aside: parking keeps the counter that parked them. */
export function parkedAt(state: BranchSnapshot, counterId: number): WireTicket[] {
  return state.tickets.filter((t) => t.status === 'parked' && t.counterId === counterId).sort((a, b) => a.id - b.id);
}

export function serviceName(state: BranchSnapshot, serviceId: number): string {
  const service = state.services.find((s) => s.id === serviceId);
  if (!service) return `Service ${serviceId}`;
  return localizedName(service.names, 'en', state.branch.languages);
}

/** "under 1 min", "7 min", "1 h 05 min". */
export function formatWait(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'under 1 min';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** Per-service queue figures (waiting, estimated wait), published at most every few hundred ms per branch. */
import type { ServiceStats } from '../../shared/model.ts';
import { estimateWaitMinutes } from '../domain/wait-estimate.ts';
import type { TicketRow } from '../db/schema.ts';
import type { ServiceDeps } from './deps.ts';
import { toWireTicket } from './wire.ts';
import { insightRepoFor } from '../insight/insight-repo.ts';

export function computeStats(deps: ServiceDeps, branchId: number): ServiceStats[] {
  const { setup, tickets } = deps.repos;
  const counters = setup.listCounters(branchId);
  const waiting = tickets.queuedCounts(branchId);
  return setup.listServices(branchId).map((s) => {
    const queued = waiting.get(s.id) ?? 0;
    return serviceStats(deps, s.id, { waiting: queued, ahead: queued }, counters);
  });
}

/**
 * The figures of one service: how many wait in all, and the estimated wait of someone with `ahead`
 * people before them (everyone, for a newcomer).
 */
export function serviceStats(
  deps: ServiceDeps,
  serviceId: number,
  queue: { waiting: number; ahead: number },
  counters: { status: string; serviceIds: number[] }[],
): ServiceStats {
  const open = counters.filter((c) => c.status === 'open' && c.serviceIds.includes(serviceId)).length;
  // With no counter open there is no estimate: skip the history queries it would need.
  const estimate =
    open > 0
      ? estimateWaitMinutes({
          ahead: queue.ahead,
          meanServiceMs: deps.repos.tickets.meanServiceMs(serviceId),
          openCounters: open,
          ...insightRepoFor(deps.db).estimateInputs(serviceId, deps.now()),
        })
      : null;
  return { serviceId, waiting: queue.waiting, estimateMin: estimate?.min ?? null, estimateMax: estimate?.max ?? null };
}

export interface StatsScheduler {
  /** Something in the branch changed; fresh stats follow shortly (coalesced under load). */
  changed(branchId: number): void;
  close(): void;
}

export function createStatsScheduler(deps: ServiceDeps, delayMs = 150): StatsScheduler {
  const pending = new Map<number, NodeJS.Timeout>();
  const lastSent = new Map<number, string>();
  const flush = (branchId: number) => {
    pending.delete(branchId);
    const stats = computeStats(deps, branchId);
    const key = JSON.stringify(stats);
    if (lastSent.get(branchId) === key) return;
    lastSent.set(branchId, key);
    deps.publisher.publish(branchId, [{ kind: 'stats', stats }]);
  };
  return {
    changed(branchId) {
      if (pending.has(branchId)) return;
      pending.set(branchId, setTimeout(() => flush(branchId), delayMs).unref());
    },
    close() {
      for (const t of pending.values()) clearTimeout(t);
      pending.clear();
    },
  };
}

export type IssueReceipt = ReturnType<typeof issueReceipt>;

/** What a newly issued ticket's holder is told: people ahead, and the service's figures for them. */
export function issueReceipt(deps: ServiceDeps, ticket: TicketRow) {
  const { tickets, setup } = deps.repos;
  // The estimate is for this ticket: the people ahead of it, not the whole queue.
  const { ahead, waiting } = tickets.queuePosition(ticket.branchId, ticket.serviceId, ticket.effectiveAt);
  const stats = serviceStats(deps, ticket.serviceId, { waiting, ahead }, setup.listCounters(ticket.branchId));
  // Kept so reports can compare what the visitor was told with the wait they had.
  if (stats.estimateMin !== null && stats.estimateMax !== null) insightRepoFor(deps.db).recordEstimate(ticket.id, stats.estimateMin, stats.estimateMax, deps.now());
  return { ticket: toWireTicket(ticket), phoneToken: ticket.phoneToken, ahead, stats };
}

/** Builds a branch's full snapshot from the database: what a screen receives on connect. */
import type { BranchSnapshot } from '../../shared/model.ts';
import { RECENT_CALLS_KEPT } from '../../shared/branch-state.ts';
import { notFound } from '../domain/errors.ts';
import { localDay } from '../domain/numbering.ts';
import { localMidnight } from '../domain/report-time.ts';
import type { ServiceDeps } from './deps.ts';
import { computeStats } from './stats-service.ts';
import { toWireBranch, toWireCounter, toWireService, toWireTicket } from './wire.ts';

export function buildSnapshot(deps: ServiceDeps, branchId: number): BranchSnapshot {
  const { setup, tickets } = deps.repos;
  const branch = setup.getBranch(branchId);
  if (!branch) throw notFound(`branch ${branchId}`);
  return {
    branch: toWireBranch(branch),
    services: setup.listServices(branchId).map(toWireService),
    counters: setup.listCounters(branchId).map(toWireCounter),
    tickets: tickets.active(branchId).map(toWireTicket),
    // Today's calls only: a board opening in the morning must not list yesterday's tickets.
    recentCalls: tickets.recentCalls(branchId, RECENT_CALLS_KEPT, localMidnight(localDay(deps.now(), branch.timezone), branch.timezone)).map((c) => ({
      callId: c.callId,
      ticketId: c.ticketId,
      code: c.code,
      serviceId: c.serviceId,
      counterId: c.counterId!,
      counterName: c.counterName,
      counterNumber: c.counterNumber,
      language: c.language,
      at: c.at,
      recall: c.type === 'recall',
    })),
    stats: computeStats(deps, branchId),
  };
}

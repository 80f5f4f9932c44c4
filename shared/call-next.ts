/**
 * The call-next rule, shared so the staff console lists waiting tickets in the order "Call next" takes
 * them. A counter serves an ordered list of services. Among the tickets it may call
 * (queued in one of its services, or transferred to this counter), the one with the highest score wins:
 *
 *   score = waited + PRIORITY_BOOST (priority class only) + COUNTER_TRANSFER_BOOST (sent to this counter)
 *           − position × SERVICE_STEP
 *
 * where `waited` = now − effectiveAt and `position` is the service's place in the counter's list (0 first).
 * A ticket of a later service therefore overtakes one of an earlier service once it has waited
 * SERVICE_STEP longer per position: the counter prefers its first service without starving the others.
 * Equal scores go to the earlier effectiveAt, then the lower id (first come, first served).
 */

export const PRIORITY_BOOST_MS = 15 * 60_000;
export const SERVICE_STEP_MS = 10 * 60_000;
export const COUNTER_TRANSFER_BOOST_MS = 24 * 60 * 60_000;

export interface CallCandidate {
  id: number;
  serviceId: number;
  priority: 'normal' | 'priority';
  effectiveAt: number;
  targetCounterId: number | null;
}

export interface CallingCounter {
  id: number;
  /** Service ids in the counter's order of preference. */
  serviceIds: readonly number[];
}

export function callScore(ticket: CallCandidate, counter: CallingCounter, now: number): number | null {
  if (ticket.targetCounterId !== null) {
    return ticket.targetCounterId === counter.id ? now - ticket.effectiveAt + COUNTER_TRANSFER_BOOST_MS : null;
  }
  const position = counter.serviceIds.indexOf(ticket.serviceId);
  if (position < 0) return null;
  const boost = ticket.priority === 'priority' ? PRIORITY_BOOST_MS : 0;
  return now - ticket.effectiveAt + boost - position * SERVICE_STEP_MS;
}

/** The ticket the counter should call now, or null when nothing it serves is waiting. */
export function pickNext<T extends CallCandidate>(candidates: readonly T[], counter: CallingCounter, now: number): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const t of candidates) {
    const score = callScore(t, counter, now);
    if (score === null) continue;
    if (
      best === null ||
      score > bestScore ||
      (score === bestScore && (t.effectiveAt < best.effectiveAt || (t.effectiveAt === best.effectiveAt && t.id < best.id)))
    ) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Every ticket the counter may call, best first: the order in which repeated "Call next" presses would
 * take them if nobody else arrived. Scores all move with `now` alike, so the order does not depend on it.
 */
export function rankForCall<T extends CallCandidate>(candidates: readonly T[], counter: CallingCounter): T[] {
  const scored = candidates.flatMap((t) => {
    const score = callScore(t, counter, 0);
    return score === null ? [] : [{ t, score }];
  });
  scored.sort((a, b) => b.score - a.score || a.t.effectiveAt - b.t.effectiveAt || a.t.id - b.t.id);
  return scored.map((s) => s.t);
}

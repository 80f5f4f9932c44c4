/**
 * Wait estimates for a ticket issued now: people ahead × mean service time ÷ counters open for the
 * service, given as a range because queues are noisy. Null when no counter serves the service.
 */

export const DEFAULT_SERVICE_MS = 5 * 60_000;

export interface EstimateInput {
  ahead: number;
  /** Mean recent service time for the service, or null when there is no history yet. */
  meanServiceMs: number | null;
  openCounters: number;
}

export function estimateWaitMinutes(input: EstimateInput): { min: number; max: number } | null {
  if (input.openCounters <= 0) return null;
  const perTicket = input.meanServiceMs ?? DEFAULT_SERVICE_MS;
  const expected = (input.ahead * perTicket) / input.openCounters / 60_000;
  // Wider when we have no history of our own to go on.
  const spread = input.meanServiceMs === null ? 0.5 : 0.3;
  return {
    min: Math.max(0, Math.floor(expected * (1 - spread))),
    max: Math.ceil(expected * (1 + spread)),
  };
}

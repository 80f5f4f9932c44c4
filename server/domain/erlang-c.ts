/** Erlang C (M/M/N queue): probability of waiting, service level, and the fewest counters meeting a target. */

/**
 * Probability that an arrival has to wait, for `agents` servers and `erlangs` offered load
 * (arrival rate × mean service time). Computed with the Erlang B recursion, which stays stable
 * for hundreds of servers where the textbook factorial form overflows.
 */
export function erlangCWaitProbability(erlangs: number, agents: number): number {
  if (erlangs <= 0) return 0;
  if (agents <= erlangs) return 1; // unstable queue: everyone waits, and waits ever longer
  let b = 1; // Erlang B with 0 servers
  for (let k = 1; k <= agents; k++) b = (erlangs * b) / (k + erlangs * b);
  return b / (1 - (erlangs / agents) * (1 - b));
}

/** Share of arrivals answered within `targetMs`: 1 − Pw · e^(−(N − A) · T / AHT). */
export function serviceLevel(erlangs: number, agents: number, meanServiceMs: number, targetMs: number): number {
  if (erlangs <= 0) return 1;
  if (agents <= erlangs) return 0;
  const pw = erlangCWaitProbability(erlangs, agents);
  return 1 - pw * Math.exp((-(agents - erlangs) * targetMs) / meanServiceMs);
}

/** Mean wait in the queue over all arrivals: Pw · AHT / (N − A). */
export function meanWaitMs(erlangs: number, agents: number, meanServiceMs: number): number {
  if (erlangs <= 0) return 0;
  if (agents <= erlangs) return Number.POSITIVE_INFINITY;
  return (erlangCWaitProbability(erlangs, agents) * meanServiceMs) / (agents - erlangs);
}

export interface StaffingInput {
  /** Arrivals expected in the interval. */
  arrivals: number;
  intervalMs: number;
  meanServiceMs: number;
  /** e.g. 0.8 for "80 % within …". */
  targetLevel: number;
  targetWaitMs: number;
}

/** The fewest counters whose service level reaches the target; 0 when nobody is expected. */
export function countersNeeded(input: StaffingInput): number {
  const erlangs = (input.arrivals * input.meanServiceMs) / input.intervalMs;
  if (erlangs <= 0) return 0;
  let n = Math.max(1, Math.floor(erlangs) + 1);
  // Bounded: service level tends to 1 as N grows, so this ends within a few steps past A.
  while (serviceLevel(erlangs, n, input.meanServiceMs, input.targetWaitMs) < input.targetLevel && n < 10_000) n++;
  return n;
}

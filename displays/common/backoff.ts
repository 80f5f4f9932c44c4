/** Reconnect delays: capped exponential growth with jitter so a room of screens does not reconnect in lockstep. */

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 10_000 };

/**
 * "Equal jitter": half the exponential step is fixed, half random, so delays still grow
 * with each failure but never exceed the cap. `random` returns a number in [0, 1).
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(step / 2 + (step / 2) * random());
}

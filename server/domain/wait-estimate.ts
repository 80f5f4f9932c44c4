/**
 * Wait estimates for a ticket issued now, as a range because queues are noisy. Null when no counter
 * serves the service.
 *
 * The model: each person ahead costs the mean recent service time, except the expected share of
 * no-shows, who cost only the recall window; counters work in parallel; priority visitors who arrive
 * while we wait are called first, which stretches the wait by 1 ÷ (1 − ρp) with ρp the load they add.
 * The range is an ~80 % band: service times add up, so their spread grows with √(people ahead); with
 * little history we widen it, because the mean itself is then a guess.
 */

export const DEFAULT_SERVICE_MS = 5 * 60_000;
/** What a no-show costs the queue: the call, a recall, and the counter moving on. */
const NO_SHOW_MS = 2 * 60_000;
/** z for a two-sided 80 % band of a normal approximation. */
const Z80 = 1.2816;

export interface EstimateInput {
  ahead: number;
  /** Mean recent service time for the service, or null when there is no history yet. */
  meanServiceMs: number | null;
  openCounters: number;
  /** Standard deviation of recent service times; unknown → taken equal to the mean (exponential times). */
  serviceSdMs?: number | null;
  /** How many recent service times the mean rests on. */
  samples?: number;
  /** Share of recent tickets of the service that ended as no-shows (0–1). */
  noShowRate?: number;
  /** Priority tickets issued for the service per hour lately; they overtake a normal ticket. */
  priorityPerHour?: number;
}

export function estimateWaitMinutes(input: EstimateInput): { min: number; max: number } | null {
  if (input.openCounters <= 0) return null;
  const c = input.openCounters;
  const perTicket = input.meanServiceMs ?? DEFAULT_SERVICE_MS;
  const noShow = clamp(input.noShowRate ?? 0, 0, 0.9);
  const perAhead = (1 - noShow) * perTicket + noShow * Math.min(perTicket, NO_SHOW_MS);
  // Capped at one half: past that the "estimate" would be mostly a guess about future arrivals.
  const rhoPriority = clamp(((input.priorityPerHour ?? 0) / 3_600_000) * perTicket / c, 0, 0.5);
  const stretch = 1 / (1 - rhoPriority);
  const expected = ((input.ahead * perAhead) / c) * stretch;
  const sd = input.serviceSdMs ?? perTicket;
  const samples = input.meanServiceMs === null ? 0 : (input.samples ?? 50);
  // Without history of our own (or very little), the mean is uncertain too: at least ±50 %, else ±15 %.
  const floor = samples < 10 ? 0.5 : 0.15;
  const half = Math.max(Z80 * ((Math.sqrt(input.ahead) * sd) / c) * stretch, expected * floor);
  return {
    min: Math.max(0, Math.floor((expected - half) / 60_000)),
    max: Math.ceil((expected + half) / 60_000),
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Wait estimates: a range that holds the expected wait, widens with uncertainty, and reacts to no-shows and priorities. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateWaitMinutes } from '../../server/domain/wait-estimate.ts';

const MIN = 60_000;

describe('wait estimate', () => {
  it('is null without an open counter, and zero with nobody ahead', () => {
    expect(estimateWaitMinutes({ ahead: 3, meanServiceMs: 5 * MIN, openCounters: 0 })).toBeNull();
    expect(estimateWaitMinutes({ ahead: 0, meanServiceMs: 5 * MIN, openCounters: 2 })).toEqual({ min: 0, max: 0 });
  });

  it('centres on ahead × service time ÷ counters with an 80 % band from the service-time spread', () => {
    // 16 ahead × 5 min ÷ 2 = 40 min; sd of the sum √16 × 2 min ÷ 2 = 4 min → ±5.1 min, under the ±15 % floor (6 min), which wins.
    expect(estimateWaitMinutes({ ahead: 16, meanServiceMs: 5 * MIN, serviceSdMs: 2 * MIN, samples: 50, openCounters: 2 })).toEqual({ min: 34, max: 46 });
    // With exponential service times (sd = mean) the band is wider: ±1.28 × 10 min.
    expect(estimateWaitMinutes({ ahead: 16, meanServiceMs: 5 * MIN, samples: 50, openCounters: 2 })).toEqual({ min: 27, max: 53 });
  });

  it('is shorter with no-shows ahead and longer when priority visitors keep arriving', () => {
    const base = { ahead: 10, meanServiceMs: 6 * MIN, serviceSdMs: MIN, samples: 50, openCounters: 1 };
    const plain = estimateWaitMinutes(base)!;
    const withNoShows = estimateWaitMinutes({ ...base, noShowRate: 0.2 })!; // 10 × (0.8 × 6 + 0.2 × 2) = 52 min
    const withPriority = estimateWaitMinutes({ ...base, priorityPerHour: 2.5 })!; // ρp = 0.25 → 60 ÷ 0.75 = 80 min
    expect(withNoShows.max).toBeLessThan(plain.max);
    expect((withNoShows.min + withNoShows.max) / 2).toBeCloseTo(52, 0);
    expect((withPriority.min + withPriority.max) / 2).toBeCloseTo(80, 0);
  });

  it('always gives min ≤ max, grows with the queue and widens without history', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 30_000, max: 30 * MIN }), (ahead, c, mean) => {
        const a = estimateWaitMinutes({ ahead, meanServiceMs: mean, openCounters: c, samples: 50 })!;
        const b = estimateWaitMinutes({ ahead: ahead + 1, meanServiceMs: mean, openCounters: c, samples: 50 })!;
        const guess = estimateWaitMinutes({ ahead, meanServiceMs: mean, openCounters: c, samples: 3 })!;
        expect(a.min).toBeLessThanOrEqual(a.max);
        expect(b.max).toBeGreaterThanOrEqual(a.max);
        expect(guess.max - guess.min).toBeGreaterThanOrEqual(a.max - a.min);
      }),
    );
  });
});

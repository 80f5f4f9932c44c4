/** Erlang C against published values: exact M/M/c results and the classic call-centre staffing example. */
import { describe, expect, it } from 'vitest';
import { countersNeeded, erlangCWaitProbability, meanWaitMs, serviceLevel } from '../../server/domain/erlang-c.ts';

describe('Erlang C', () => {
  // Closed forms for M/M/c (Kleinrock, Queueing Systems vol. 1, §3.5): M/M/1 waits with probability ρ;
  // M/M/2 with A = 1 waits with probability 1/3; M/M/3 with A = 2 with 4/9.
  it('matches the exact M/M/1, M/M/2 and M/M/3 waiting probabilities', () => {
    expect(erlangCWaitProbability(0.5, 1)).toBeCloseTo(0.5, 10);
    expect(erlangCWaitProbability(1, 2)).toBeCloseTo(1 / 3, 10);
    expect(erlangCWaitProbability(2, 3)).toBeCloseTo(4 / 9, 10);
    // M/M/1 mean queue wait is ρ/(1−ρ) × service time.
    expect(meanWaitMs(0.5, 1, 60_000)).toBeCloseTo(60_000, 6);
  });

  // The worked example of Call Centre Helper's "Erlang C formula made simple" (and most Erlang
  // calculators): 100 calls in 30 minutes, 180 s handling time → 10 Erlangs; 80 % answered in 20 s.
  // Published: 11 agents Pw 0.6821 SL 39.0 %; 12 agents Pw 0.4494 SL 64.0 %; 13 agents Pw 0.2853
  // SL 79.6 %; 14 agents Pw 0.1741 SL 88.8 % → 14 agents needed (before shrinkage).
  it('reproduces the classic 100 calls / 30 min / 180 s example', () => {
    const aht = 180_000;
    const published = [
      { n: 11, pw: 0.6821, sl: 0.390 },
      { n: 12, pw: 0.4494, sl: 0.640 },
      { n: 13, pw: 0.2853, sl: 0.796 },
      { n: 14, pw: 0.1741, sl: 0.888 },
    ];
    for (const { n, pw, sl } of published) {
      expect(erlangCWaitProbability(10, n)).toBeCloseTo(pw, 3);
      expect(serviceLevel(10, n, aht, 20_000)).toBeCloseTo(sl, 2);
    }
    expect(countersNeeded({ arrivals: 100, intervalMs: 30 * 60_000, meanServiceMs: aht, targetLevel: 0.8, targetWaitMs: 20_000 })).toBe(14);
  });

  it('needs no counter when nobody comes, and always more than the offered load', () => {
    expect(countersNeeded({ arrivals: 0, intervalMs: 3_600_000, meanServiceMs: 300_000, targetLevel: 0.8, targetWaitMs: 600_000 })).toBe(0);
    expect(countersNeeded({ arrivals: 30, intervalMs: 3_600_000, meanServiceMs: 300_000, targetLevel: 0.8, targetWaitMs: 600_000 })).toBeGreaterThan(2.5);
    expect(serviceLevel(3, 3, 300_000, 600_000)).toBe(0);
  });
});

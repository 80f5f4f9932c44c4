/** The seasonal forecast recovers a known weekday × hour arrival profile from simulated history. */
import { describe, expect, it } from 'vitest';
import { backtestForecast, forecastArrivals } from '../../server/domain/forecast.ts';
import { localParts } from '../../server/domain/report-time.ts';
import { arrivalsPerHour, seededRandom, simulateArrivals } from '../../server/insight/sim-profile.ts';

const TZ = 'Europe/Madrid';
const NOW = Date.UTC(2026, 10, 30, 23, 30); // Tuesday 00:30 in Madrid

/** The profile's exact expectation for the hour starting at `start`. */
function trueRate(start: number): number {
  const p = localParts(start, TZ);
  return arrivalsPerHour(p.weekday, p.minuteOfDay);
}

describe('arrival forecast', () => {
  const history = simulateArrivals(NOW, 8 * 7, TZ, seededRandom(42));

  it('recovers the weekday-hour profile within 15 % WAPE over the next week', () => {
    const forecast = forecastArrivals(history, NOW, 7, { timeZone: TZ, intervalMin: 60 });
    const open = forecast.filter((p) => trueRate(p.start) > 0);
    const absError = open.reduce((s, p) => s + Math.abs(p.expected - trueRate(p.start)), 0);
    const total = open.reduce((s, p) => s + trueRate(p.start), 0);
    // Six weeks of Poisson counts at ~14/h: the weighted mean's relative s.d. is about 1/√(14 × 4.6) ≈ 12 %,
    // so the mean absolute deviation is ~10 %; 15 % leaves room without hiding a wrong method.
    expect(absError / total).toBeLessThan(0.15);
    // Closed hours stay closed, and the lunchtime peak shows.
    expect(forecast.filter((p) => trueRate(p.start) === 0).every((p) => p.expected === 0)).toBe(true);
    const tuesday = forecast.filter((p) => localParts(p.start, TZ).weekday === 1);
    const at = (h: number) => tuesday.find((p) => localParts(p.start, TZ).minuteOfDay === h * 60)!.expected;
    expect(at(12)).toBeGreaterThan(1.4 * at(10));
  });

  it('backtests the last week against what happened, with an error close to Poisson noise', () => {
    const bt = backtestForecast(history, NOW, 7, { timeZone: TZ, intervalMin: 60 });
    expect(bt.intervals).toBeGreaterThan(40);
    // Forecast noise (~12 %) plus the week's own Poisson noise (~27 % at 14/h) → WAPE around 25–30 %.
    expect(bt.wape!).toBeLessThan(0.4);
    expect(bt.mae).toBeGreaterThan(0);
  });

  it('averages only the weeks it has on a young branch', () => {
    const young = simulateArrivals(NOW, 7, TZ, seededRandom(7));
    const forecast = forecastArrivals(young, NOW, 7, { timeZone: TZ, intervalMin: 30 });
    const total = forecast.reduce((s, p) => s + p.expected, 0);
    expect(total).toBe(young.length);
  });
});

/** Report figures on a small hand-built event log equal the values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { computeReport, journeys, type ReportEvent, type ReportTicket } from '../../server/domain/report-stats.ts';

const T0 = Date.UTC(2026, 10, 2, 9, 0); // Monday 2 Nov 2026, 09:00 UTC
const min = (m: number) => T0 + m * 60_000;
const ticket = (id: number, serviceId: number, issuedMin: number, estimate: { min: number; max: number } | null = null): ReportTicket =>
  ({ id, serviceId, createdAt: min(issuedMin), targetWaitMin: 10, estimate });
const ev = (ticketId: number, type: string, atMin: number, counterId: number | null = null, userId: number | null = null): ReportEvent =>
  ({ ticketId, type, at: min(atMin), counterId, userId });

// Five tickets of service 1, one of service 2:
//  #1 waits 4, served 6 at counter 1 by user 7 (estimate 2–6 → error |4 − 4| = 0, in range)
//  #2 waits 12, served 8 at counter 2 by user 8 (estimate 5–9 → error |12 − 7| = 5, out of range)
//  #3 waits 20, no-show at counter 1
//  #4 cancelled while waiting
//  #5 waits 2, served 10 at counter 1 (called without a "start": service from the call)
//  #6 (service 2) waits 30, served 4 at counter 2
const tickets = [ticket(1, 1, 0, { min: 2, max: 6 }), ticket(2, 1, 1, { min: 5, max: 9 }), ticket(3, 1, 2), ticket(4, 1, 3), ticket(5, 1, 60), ticket(6, 2, 61)];
const events = [
  ev(1, 'issue', 0), ev(1, 'call', 4, 1, 7), ev(1, 'start', 5, 1, 7), ev(1, 'finish', 11, 1, 7),
  ev(2, 'issue', 1), ev(2, 'call', 13, 2, 8), ev(2, 'start', 13, 2, 8), ev(2, 'finish', 21, 2, 8),
  ev(3, 'issue', 2), ev(3, 'call', 22, 1, 7), ev(3, 'no_show', 24, 1, 7),
  ev(4, 'issue', 3), ev(4, 'cancel', 10),
  ev(5, 'issue', 60), ev(5, 'call', 62, 1, 7), ev(5, 'finish', 72, 1, 7),
  ev(6, 'issue', 61), ev(6, 'call', 91, 2, 8), ev(6, 'start', 92, 2, 8), ev(6, 'finish', 96, 2, 8),
];
const answers = new Map([[1, 5], [2, 3], [5, 4], [6, 1]]);
const all = journeys(tickets, events);

describe('report figures', () => {
  it('counts outcomes and their rates for a service', () => {
    const f = computeReport(all, { serviceId: 1 }, answers, 'UTC');
    expect([f.issued, f.served, f.noShows, f.cancelled]).toEqual([5, 3, 1, 1]);
    expect(f.servedRate).toBeCloseTo(0.6);
    expect(f.noShowRate).toBeCloseTo(0.2);
    expect(f.cancelRate).toBeCloseTo(0.2);
  });

  it('computes waits, service times and the share within target by hand', () => {
    const f = computeReport(all, { serviceId: 1 }, answers, 'UTC');
    // Waits of called tickets: 4, 12, 20, 2 → mean 9.5; nearest rank median ⌈2⌉ = 4; p90 ⌈3.6⌉ = 20.
    expect(f.wait).toEqual({ count: 4, mean: 9.5, median: 4, p90: 20 });
    // Service times: 6, 8, 10 → mean 8, median 8, p90 10.
    expect(f.serviceTime).toEqual({ count: 3, mean: 8, median: 8, p90: 10 });
    // Within 10 minutes: #1 and #5 of 4 called.
    expect(f.withinTarget).toBe(0.5);
    // Estimates: errors 0 and 5 → MAE 2.5; one of two within its range.
    expect(f.estimate).toEqual({ count: 2, maeMin: 2.5, withinRange: 0.5 });
  });

  it('gives satisfaction mean and distribution, and arrivals by weekday and hour', () => {
    const f = computeReport(all, {}, answers, 'UTC');
    expect(f.satisfaction).toEqual({ count: 4, mean: 13 / 4, distribution: [1, 0, 1, 1, 1] });
    expect(f.arrivals[0]![9]).toBe(4);
    expect(f.arrivals[0]![10]).toBe(2);
    expect(f.arrivals.flat().reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('attributes tickets to the counter and staff member of their last call', () => {
    const c1 = computeReport(all, { counterId: 1 }, answers, 'UTC');
    expect([c1.issued, c1.served, c1.noShows]).toEqual([3, 2, 1]);
    const u8 = computeReport(all, { userId: 8 }, answers, 'UTC');
    expect(u8.issued).toBe(2);
    expect(u8.wait.mean).toBe(21);
    expect(u8.satisfaction.mean).toBe(2);
  });

  it('reports nulls rather than zeros for an empty period', () => {
    const f = computeReport([], {}, new Map(), 'UTC');
    expect(f.servedRate).toBeNull();
    expect(f.wait).toEqual({ count: 0, mean: null, median: null, p90: null });
    expect(f.satisfaction.mean).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/domain/errors.ts';
import { localDay, nextTicketNumber, ticketCode } from '../../server/domain/numbering.ts';

const none = () => false;

describe('ticket numbering', () => {
  it('starts each day at 001 and counts up', () => {
    expect(nextTicketNumber(0, none)).toBe(1);
    expect(nextTicketNumber(41, none)).toBe(42);
    expect(ticketCode('A', 42)).toBe('A042');
    expect(ticketCode('B', 7)).toBe('B007');
  });

  it('wraps from 999 to 001', () => {
    expect(nextTicketNumber(999, none)).toBe(1);
  });

  it('skips numbers whose code is still held by an active ticket, also across the wrap', () => {
    const inUse = new Set([1, 2, 5]);
    expect(nextTicketNumber(999, (n) => inUse.has(n))).toBe(3);
    expect(nextTicketNumber(4, (n) => inUse.has(n))).toBe(6);
  });

  it('refuses with queue_full when all 999 codes are active', () => {
    const error = (() => {
      try {
        nextTicketNumber(10, () => true);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('queue_full');
    expect((error as AppError).status).toBe(409);
  });

  it('numbers by the branch-local day: the day changes at local midnight, not UTC midnight', () => {
    // 22:59 UTC on 4 Dec is 23:59 in Madrid (UTC+1); a minute later it is the 5th there, still the 4th in UTC.
    expect(localDay(Date.UTC(2026, 11, 4, 22, 59), 'Europe/Madrid')).toBe('2026-12-04');
    expect(localDay(Date.UTC(2026, 11, 4, 23, 0), 'Europe/Madrid')).toBe('2026-12-05');
    expect(localDay(Date.UTC(2026, 11, 4, 23, 0), 'UTC')).toBe('2026-12-04');
    // West of UTC the local day ends later: 03:00 UTC on the 5th is still the 4th in New York.
    expect(localDay(Date.UTC(2026, 11, 5, 3, 0), 'America/New_York')).toBe('2026-12-04');
  });

  it('keeps the local day right across a daylight-saving change', () => {
    // Europe/Madrid leaves summer time at 01:00 UTC on 25 Oct 2026: 23:30 UTC on the 24th is 01:30 (UTC+2) on the 25th.
    expect(localDay(Date.UTC(2026, 9, 24, 21, 59), 'Europe/Madrid')).toBe('2026-10-24');
    expect(localDay(Date.UTC(2026, 9, 24, 22, 0), 'Europe/Madrid')).toBe('2026-10-25');
    expect(localDay(Date.UTC(2026, 9, 25, 22, 59), 'Europe/Madrid')).toBe('2026-10-25');
    expect(localDay(Date.UTC(2026, 9, 25, 23, 0), 'Europe/Madrid')).toBe('2026-10-26');
  });
});

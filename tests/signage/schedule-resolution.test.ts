/** Schedule resolution: priorities and overlaps, date ranges, DST transitions, all on a controllable clock. */
import { describe, expect, it } from 'vitest';
import { createResolver, resolvePlaylist, type BranchSchedules, type ScheduleEntry } from '../../server/signage/schedule-resolution.ts';
import { manualClock } from '../helpers/test-app.ts';

const MADRID = 'Europe/Madrid';
const weekdayMornings: ScheduleEntry = {
  id: 1, playlistId: 10, groups: null, priority: 0, validFrom: null, validTo: null,
  rule: { kind: 'daypart', days: [1, 2, 3, 4, 5], from: '08:00', to: '12:00' },
};
const branch = (schedules: ScheduleEntry[], timeZone = MADRID): BranchSchedules => ({ timeZone, schedules, defaultPlaylistId: 99 });
// Madrid is UTC+1 in winter: 2026-12-07 is a Monday.
const madridWinter = (day: number, h: number, m = 0) => Date.UTC(2026, 11, day, h - 1, m);

describe('schedule resolution', () => {
  it('plays a daypart on its weekdays in the branch timezone and the default otherwise', () => {
    const b = branch([weekdayMornings]);
    expect(resolvePlaylist(b, 'hall', madridWinter(7, 8)).playlistId).toBe(10);
    expect(resolvePlaylist(b, 'hall', madridWinter(7, 7, 59)).playlistId).toBe(99);
    expect(resolvePlaylist(b, 'hall', madridWinter(7, 12)).playlistId).toBe(99);
    expect(resolvePlaylist(b, 'hall', madridWinter(6, 9)).playlistId).toBe(99); // Sunday
    // Same instant, another zone: 09:00 Madrid is 03:00 in New York.
    expect(resolvePlaylist(branch([weekdayMornings], 'America/New_York'), 'hall', madridWinter(7, 9)).playlistId).toBe(99);
  });

  it('lets the higher priority win an overlap, then a group-targeted schedule, then the newer one', () => {
    const lunch: ScheduleEntry = { ...weekdayMornings, id: 2, playlistId: 20, priority: 5, rule: { kind: 'cron', expression: '* 11 * * 1-5' } };
    const hallOnly: ScheduleEntry = { ...weekdayMornings, id: 3, playlistId: 30, groups: ['hall'] };
    const b = branch([weekdayMornings, lunch, hallOnly]);
    expect(resolvePlaylist(b, 'hall', madridWinter(7, 11, 30))).toEqual({ playlistId: 20, scheduleId: 2 });
    expect(resolvePlaylist(b, 'hall', madridWinter(7, 9))).toEqual({ playlistId: 30, scheduleId: 3 });
    expect(resolvePlaylist(b, 'lobby', madridWinter(7, 9))).toEqual({ playlistId: 10, scheduleId: 1 });
    const newer: ScheduleEntry = { ...weekdayMornings, id: 4, playlistId: 40 };
    expect(resolvePlaylist(branch([weekdayMornings, newer]), 'lobby', madridWinter(7, 9)).playlistId).toBe(40);
  });

  it('respects inclusive local date ranges', () => {
    const december: ScheduleEntry = { ...weekdayMornings, validFrom: '2026-12-08', validTo: '2026-12-09' };
    const b = branch([december]);
    expect(resolvePlaylist(b, 'hall', madridWinter(7, 9)).playlistId).toBe(99);
    expect(resolvePlaylist(b, 'hall', madridWinter(8, 9)).playlistId).toBe(10);
    expect(resolvePlaylist(b, 'hall', madridWinter(9, 11, 59)).playlistId).toBe(10);
    expect(resolvePlaylist(b, 'hall', madridWinter(10, 9)).playlistId).toBe(99);
  });

  it('runs an overnight daypart past midnight into the next day', () => {
    const night: ScheduleEntry = { ...weekdayMornings, rule: { kind: 'daypart', days: [5], from: '22:00', to: '02:00' } };
    const b = branch([night]);
    expect(resolvePlaylist(b, 'hall', madridWinter(11, 23)).playlistId).toBe(10); // Friday night
    expect(resolvePlaylist(b, 'hall', madridWinter(12, 1, 30)).playlistId).toBe(10); // Saturday early
    expect(resolvePlaylist(b, 'hall', madridWinter(12, 23)).playlistId).toBe(99);
  });

  it('finds the next boundary from a controllable clock and walks the day as segments', () => {
    const clock = manualClock(madridWinter(7, 6, 15));
    const r = createResolver(branch([weekdayMornings]), 'hall');
    expect(r.nextBoundary(clock.now())).toBe(madridWinter(7, 8));
    clock.set(madridWinter(7, 8));
    expect(r.at(clock.now()).playlistId).toBe(10);
    expect(r.nextBoundary(clock.now())).toBe(madridWinter(7, 12));
    clock.advance(5 * 60 * 60_000);
    expect(r.nextBoundary(clock.now())).toBe(madridWinter(8, 8)); // tomorrow morning, within 24 h
    const day = r.timeline(madridWinter(7, 0), madridWinter(8, 0));
    expect(day.map((s) => s.playlistId)).toEqual([99, 10, 99]);
    expect(day[1]).toMatchObject({ from: madridWinter(7, 8), to: madridWinter(7, 12) });
  });

  it('keeps local times across the spring-forward and fall-back DST transitions', () => {
    // Madrid: 2026-03-29 02:00 → 03:00 (UTC+2 after); 2026-10-25 03:00 → 02:00 (UTC+1 after).
    const sunday: ScheduleEntry = { ...weekdayMornings, rule: { kind: 'daypart', days: [0], from: '08:00', to: '12:00' } };
    const r = createResolver(branch([sunday]), 'hall');
    expect(r.nextBoundary(Date.UTC(2026, 2, 28, 23, 0))).toBe(Date.UTC(2026, 2, 29, 6, 0)); // 08:00 CEST
    expect(r.nextBoundary(Date.UTC(2026, 9, 24, 23, 0))).toBe(Date.UTC(2026, 9, 25, 7, 0)); // 08:00 CET
    // A cron schedule in the hour that happens twice plays in both passes, and never in the skipped hour.
    const twoAm: ScheduleEntry = { ...weekdayMornings, rule: { kind: 'cron', expression: '* 2 * * *' } };
    const c = createResolver(branch([twoAm]), 'hall');
    const fallBack = c.timeline(Date.UTC(2026, 9, 24, 22, 0), Date.UTC(2026, 9, 25, 4, 0)).filter((s) => s.playlistId === 10);
    // 02:00–03:00 CEST (00:00–01:00 UTC) then 02:00–03:00 CET (01:00–02:00 UTC): one two-hour segment.
    expect(fallBack.map((s) => [s.from, s.to])).toEqual([[Date.UTC(2026, 9, 25, 0, 0), Date.UTC(2026, 9, 25, 2, 0)]]);
    const springForward = c.timeline(Date.UTC(2026, 2, 28, 22, 0), Date.UTC(2026, 2, 29, 4, 0));
    expect(springForward.every((s) => s.playlistId === 99)).toBe(true);
  });
});

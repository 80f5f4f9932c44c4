/** The admin's signage editors turn what was typed into the API's input, or name the one field to fix. */
import { describe, expect, it } from 'vitest';
import { draftRow, formatDuration, rowName, toEntries } from '../../displays/admin/playlist-draft.ts';
import { readSchedule, ruleSummary } from '../../displays/admin/schedule-draft.ts';
import type { SignageItem } from '../../displays/admin/signage-api.ts';

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
};
const daypart = { name: 'Mornings', playlist: '3', kind: 'daypart', day: ['5', '1', '1'], from: '08:00', to: '12:00', validFrom: '', validTo: '', groups: ' hall, lobby ,hall', priority: '' };

describe('schedule form', () => {
  it('reads a daypart with days in order and once, groups trimmed and once, priority 0 when empty', () => {
    expect(readSchedule(form(daypart))).toEqual({
      input: { name: 'Mornings', playlistId: 3, groups: ['hall', 'lobby'], rule: { kind: 'daypart', days: [1, 5], from: '08:00', to: '12:00' }, validFrom: null, validTo: null, priority: 0 },
    });
  });

  it('reads a cron rule with its spacing normalised', () => {
    const read = readSchedule(form({ ...daypart, kind: 'cron', expression: '  *  8-11 * *   1-5 ' }));
    expect('input' in read && read.input.rule).toEqual({ kind: 'cron', expression: '* 8-11 * * 1-5' });
  });

  it('names the field at fault, first in the order the form shows them', () => {
    expect(readSchedule(form({ ...daypart, name: ' ' }))).toMatchObject({ field: 'name' });
    expect(readSchedule(form({ ...daypart, day: [] }))).toMatchObject({ field: 'days' });
    expect(readSchedule(form({ ...daypart, to: '25:00' }))).toMatchObject({ field: 'to' });
    expect(readSchedule(form({ ...daypart, kind: 'cron', expression: '* * *' }))).toMatchObject({ field: 'expression' });
    expect(readSchedule(form({ ...daypart, validFrom: '2026-06-01', validTo: '2026-05-01' }))).toEqual({
      problem: '"End date" (2026-05-01) is before "Start date" (2026-06-01).',
      field: 'validTo',
    });
    expect(readSchedule(form({ ...daypart, priority: '101' }))).toMatchObject({ field: 'priority' });
    expect(readSchedule(form({ ...daypart, priority: '1.5' }))).toMatchObject({ field: 'priority' });
  });

  it('summarises a rule for the table, Monday first', () => {
    expect(ruleSummary({ kind: 'daypart', days: [0, 1, 6], from: '22:00', to: '06:00' })).toBe('Mon Sat Sun 22:00–06:00');
    expect(ruleSummary({ kind: 'cron', expression: '* 8-11 * * 1-5' })).toBe('cron * 8-11 * * 1-5');
  });
});

describe('playlist draft', () => {
  const item = (id: number, name: string, kind: SignageItem['kind']) => ({ id, name, kind }) as SignageItem;
  const library = new Map([item(1, 'Welcome', 'text'), item(2, 'News', 'ticker')].map((i) => [i.id, i]));

  it('turns rows into entries; a ticker line needs no duration', () => {
    const welcome = { ...draftRow(1), seconds: '12.5', transition: 'fade' as const, validFrom: '2026-01-01' };
    const news = { ...draftRow(2), seconds: '' };
    expect(toEntries([welcome, news], library)).toEqual({
      entries: [
        { itemId: 1, durationMs: 12_500, transition: 'fade', validFrom: '2026-01-01', validTo: null },
        { itemId: 2, durationMs: 10_000, transition: 'cut', validFrom: null, validTo: null },
      ],
    });
  });

  it('names the row and field at fault, and tells repeated items apart by position', () => {
    const rows = [draftRow(1), { ...draftRow(1), seconds: '0.5' }];
    expect(rowName(rows, 1, library)).toBe('Welcome (position 2)');
    expect(toEntries(rows, library)).toEqual({ problem: 'Welcome (position 2): the duration must be between 1 and 3600 seconds.', index: 1, field: 'seconds' });
    const backwards = { ...draftRow(1), validFrom: '2026-05-02', validTo: '2026-05-01' };
    expect(toEntries([backwards], library)).toMatchObject({ index: 0, field: 'validTo' });
  });

  it('formats a total duration', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(85_000)).toBe('1 min 25 s');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
  });
});

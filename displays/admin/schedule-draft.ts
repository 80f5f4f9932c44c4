/** A schedule in the editor's form: its starting values, and the checks that turn the form into the API's input or name the field at fault. */
import type { ScheduleInput, ScheduleRule } from './signage-api.ts';

/** Monday first, as a week is read; the values are the API's (0 = Sunday). */
export const WEEK: readonly (readonly [day: number, name: string])[] = [[1, 'Mon'], [2, 'Tue'], [3, 'Wed'], [4, 'Thu'], [5, 'Fri'], [6, 'Sat'], [0, 'Sun']];
const DAY_NAME = new Map(WEEK);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// The API's limits, checked here so the admin reads which field to fix instead of a rejected request.
const MAX_GROUPS = 20;
const MAX_GROUP_LENGTH = 40;
const PRIORITY = 100;

export type DaypartRule = Extract<ScheduleRule, { kind: 'daypart' }>;
export type ScheduleField = 'name' | 'playlist' | 'days' | 'from' | 'to' | 'expression' | 'validFrom' | 'validTo' | 'groups' | 'priority';
export type CheckedSchedule = { input: ScheduleInput } | { problem: string; field: ScheduleField };

export const DEFAULT_DAYPART: DaypartRule = { kind: 'daypart', days: [1, 2, 3, 4, 5], from: '08:00', to: '12:00' };

export function newSchedule(playlistId: number): ScheduleInput {
  return { name: '', playlistId, groups: null, rule: DEFAULT_DAYPART, validFrom: null, validTo: null, priority: 0 };
}

/** "Mon Tue Wed 08:00–12:00" or "cron * 8-11 * * 1-5". */
export function ruleSummary(rule: ScheduleRule): string {
  if (rule.kind === 'cron') return `cron ${rule.expression}`;
  const days = WEEK.filter(([d]) => rule.days.includes(d)).map(([, name]) => name);
  return `${days.join(' ')} ${rule.from}–${rule.to}`;
}

/** Reads the editor's form (field names as in `<cb-schedule-editor>`); the first problem wins, in the order the form shows the fields. */
export function readSchedule(data: FormData): CheckedSchedule {
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const name = text('name');
  if (!name) return { problem: 'Give the schedule a name.', field: 'name' };
  const playlistId = Number(text('playlist'));
  if (!Number.isInteger(playlistId) || playlistId <= 0) return { problem: 'Choose the playlist it plays. Make a playlist first if there is none.', field: 'playlist' };

  let rule: ScheduleRule;
  if (text('kind') === 'cron') {
    const expression = text('expression').replace(/\s+/g, ' ');
    const fields = expression ? expression.split(' ').length : 0;
    if (fields < 5 || fields > 6) return { problem: 'A cron expression has five fields (minute hour day-of-month month weekday), such as "* 8-11 * * 1-5".', field: 'expression' };
    rule = { kind: 'cron', expression };
  } else {
    const days = data.getAll('day').map(Number).filter((d) => DAY_NAME.has(d)).sort((a, b) => a - b);
    if (!days.length) return { problem: 'Choose at least one day.', field: 'days' };
    const from = text('from');
    const to = text('to');
    if (!TIME.test(from)) return { problem: 'Give the start time.', field: 'from' };
    if (!TIME.test(to)) return { problem: 'Give the end time.', field: 'to' };
    rule = { kind: 'daypart', days: [...new Set(days)], from, to };
  }

  const validFrom = text('validFrom') || null;
  const validTo = text('validTo') || null;
  // Dates are YYYY-MM-DD, so comparing the strings compares the days.
  if (validFrom && validTo && validTo < validFrom) {
    return { problem: `"End date" (${validTo}) is before "Start date" (${validFrom}).`, field: 'validTo' };
  }

  const groups = [...new Set(text('groups').split(',').map((g) => g.trim()).filter(Boolean))];
  if (groups.length > MAX_GROUPS) return { problem: `A schedule targets at most ${MAX_GROUPS} display groups.`, field: 'groups' };
  const long = groups.find((g) => g.length > MAX_GROUP_LENGTH);
  if (long) return { problem: `A display group name has at most ${MAX_GROUP_LENGTH} characters: "${long.slice(0, 20)}…" is longer.`, field: 'groups' };

  const priorityText = text('priority');
  const priority = priorityText === '' ? 0 : Number(priorityText);
  if (!Number.isInteger(priority) || Math.abs(priority) > PRIORITY) {
    return { problem: `"Priority" is a whole number from -${PRIORITY} to ${PRIORITY}.`, field: 'priority' };
  }

  return { input: { name, playlistId, groups: groups.length ? groups : null, rule, validFrom, validTo, priority } };
}

/** The field a server refusal is about, so the editor can mark and focus it. */
export function fieldOfErrorCode(code: string): ScheduleField | null {
  switch (code) {
    case 'invalid_cron':
      return 'expression';
    case 'invalid_daypart':
      return 'from';
    case 'invalid_dates':
      return 'validTo';
    default:
      return null;
  }
}

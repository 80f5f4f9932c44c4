/** Opening hours per weekday in the branch's local time: pure, so the server and the kiosk agree on "closed". */
import * as z from 'zod/mini';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const Time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'));
/** Absent weekdays are closed days; a null value for a whole service means "always open". */
export const OpeningHours = z.partialRecord(z.enum(WEEKDAYS), z.array(z.tuple([Time, Time])));
export type OpeningHours = z.infer<typeof OpeningHours>;

// Building a DateTimeFormat costs far more than using one; there are only a few zones per install.
const formats = new Map<string, Intl.DateTimeFormat>();

export function localWeekdayAndTime(at: number, timeZone: string): { day: Weekday; time: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').toLowerCase().slice(0, 3) as Weekday, time: `${get('hour')}:${get('minute')}` };
}

/** Null hours mean "always open" (a service that follows the building's hours). */
export function isOpenAt(hours: OpeningHours | null, at: number, timeZone: string): boolean {
  if (hours === null) return true;
  const { day, time } = localWeekdayAndTime(at, timeZone);
  return (hours[day] ?? []).some(([from, to]) => time >= from && time < to);
}

/** Opening hours per weekday in the branch's local time; a service is closed outside them. */
import { z } from 'zod';

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const OpeningHours = z
  .partialRecord(z.enum(WEEKDAYS), z.array(z.tuple([Time, Time])).max(6))
  .refine((h) => Object.values(h).every((spans) => spans.every(([a, b]) => a < b)), 'each span must open before it closes');
export type OpeningHours = z.infer<typeof OpeningHours>;

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

/** Opening hours in a line an admin can scan: consecutive days with the same hours are merged ("Mon–Fri 09:00–17:00"). */
import { WEEKDAYS, type OpeningHours, type Weekday } from '../../shared/opening-hours.ts';

export const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const short = (day: Weekday) => DAY_NAMES[day].slice(0, 3);

export function hoursSummary(hours: OpeningHours | null): string {
  if (hours === null) return 'Always open';
  const spansOf = (day: Weekday) => (hours[day] ?? []).map(([from, to]) => `${from}–${to}`).join(', ');
  const groups: { first: Weekday; last: Weekday; spans: string }[] = [];
  for (const day of WEEKDAYS) {
    const spans = spansOf(day);
    const previous = groups.at(-1);
    if (previous && previous.spans === spans && WEEKDAYS.indexOf(previous.last) === WEEKDAYS.indexOf(day) - 1) previous.last = day;
    else groups.push({ first: day, last: day, spans });
  }
  const open = groups.filter((g) => g.spans !== '');
  if (open.length === 0) return 'Closed every day';
  return open.map((g) => `${short(g.first)}${g.first === g.last ? '' : `–${short(g.last)}`} ${g.spans}`).join(' · ');
}

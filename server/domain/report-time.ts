/** Branch-local calendar parts of an instant (day, weekday, minute of day), for reports and forecasts. */

export interface LocalParts {
  /** YYYY-MM-DD in the branch's zone. */
  day: string;
  /** 0 = Monday … 6 = Sunday (ISO order, as admins read a week). */
  weekday: number;
  minuteOfDay: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export function localParts(at: number, timeZone: string): LocalParts {
  let f = formats.get(timeZone);
  if (!f) {
    // One formatter per zone: building them is the expensive part, and reports format thousands of instants.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    formats.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(at)) p[part.type] = part.value;
  return {
    day: `${p.year}-${p.month}-${p.day}`,
    weekday: WEEKDAYS[p.weekday!] ?? 0,
    minuteOfDay: Number(p.hour) * 60 + Number(p.minute),
  };
}

/** The calendar day `days` after `day` (negative goes back); pure date arithmetic, no zone involved. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instant of local midnight of `day` in `timeZone` (zone offset taken at midnight itself). */
export function localMidnight(day: string, timeZone: string): number {
  const guess = Date.parse(`${day}T00:00:00Z`);
  const p = localParts(guess, timeZone);
  const localAsUtc = Date.parse(`${p.day}T00:00:00Z`) + p.minuteOfDay * 60_000;
  return guess - (localAsUtc - guess);
}

/** Wall-clock parts of an instant in an IANA timezone; DST handled by Intl, not by offset arithmetic. */

export interface LocalParts {
  /** YYYY-MM-DD in the zone, for date-range comparisons as strings. */
  date: string;
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday, like cron
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // hourCycle h23 so midnight is 0, not 24 (some engines print 24 with hour12: false).
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(instant: number, timeZone: string): LocalParts {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) p[part.type] = part.value;
  const year = Number(p.year), month = Number(p.month), day = Number(p.day);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    year, month, day,
    weekday: WEEKDAYS[p.weekday!] ?? 0,
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

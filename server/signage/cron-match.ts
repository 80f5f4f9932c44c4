/** Matches a wall-clock minute against a cron expression (node-cron's field syntax), so resolution stays pure. */
import type { LocalParts } from './local-time.ts';

// node-cron validates (see schedule-rules.ts); this parser only has to agree with it on what a field means.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface Field { min: number; max: number; names?: string[]; nameBase?: number }
const FIELDS: Field[] = [
  { min: 0, max: 59 }, // minute
  { min: 0, max: 23 }, // hour
  { min: 1, max: 31 }, // day of month
  { min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { min: 0, max: 7, names: DAYS, nameBase: 0 }, // 7 is Sunday too
];

function value(token: string, f: Field): number {
  const name = f.names?.findIndex((n) => token.toLowerCase().startsWith(n)) ?? -1;
  if (name >= 0 && /^[a-z]+$/i.test(token)) return name + (f.nameBase ?? 0);
  const n = Number(token);
  if (!Number.isInteger(n) || n < f.min || n > f.max) throw new Error(`bad cron value ${token}`);
  return n;
}

function parseField(text: string, f: Field): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    if (!Number.isInteger(step) || step < 1) throw new Error(`bad cron step ${part}`);
    let lo: number, hi: number;
    if (range === '*') [lo, hi] = [f.min, f.max];
    else if (range!.includes('-')) {
      const [a, b] = range!.split('-');
      [lo, hi] = [value(a!, f), value(b!, f)];
    } else {
      lo = value(range!, f);
      hi = stepText ? f.max : lo;
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

export interface CronMatcher { matches(p: LocalParts): boolean }

/** Five fields, or six with leading seconds (ignored: signage resolves to the minute). */
export function compileCron(expression: string): CronMatcher {
  let fields = expression.trim().split(/\s+/);
  if (fields.length === 6) fields = fields.slice(1);
  if (fields.length !== 5) throw new Error('cron needs 5 or 6 fields');
  const [mi, h, dom, mon, dow] = fields.map((t, i) => parseField(t, FIELDS[i]!));
  if (dow!.has(7)) dow!.add(0);
  // node-cron ANDs the day-of-month and day-of-week fields (not Vixie's OR); we agree with it.
  return {
    matches: (p) =>
      mi!.has(p.minute) && h!.has(p.hour) && mon!.has(p.month) && dom!.has(p.day) && dow!.has(p.weekday),
  };
}

/** Pure schedule resolution: which playlist a display group plays at an instant, and when that next changes. */
import { compileCron, type CronMatcher } from './cron-match.ts';
import { localParts, type LocalParts } from './local-time.ts';

/**
 * `cron`: active during every local minute the expression matches ("* 8-11 * * 1-5" = weekdays 08:00–12:00).
 * `daypart`: active on the given weekdays (0 = Sunday) from `from` until `to`, local time; `to` < `from` runs
 * past midnight into the next day.
 */
export type ScheduleRule =
  | { kind: 'cron'; expression: string }
  | { kind: 'daypart'; days: number[]; from: string; to: string };

export interface ScheduleEntry {
  id: number;
  playlistId: number;
  /** Display groups it targets; null = every group of the branch. */
  groups: string[] | null;
  rule: ScheduleRule;
  /** Local dates, inclusive (YYYY-MM-DD); null = open. */
  validFrom: string | null;
  validTo: string | null;
  priority: number;
}

export interface BranchSchedules {
  timeZone: string;
  schedules: ScheduleEntry[];
  defaultPlaylistId: number | null;
}

export interface Resolution {
  playlistId: number | null;
  /** The winning schedule, or null when the default (or nothing) plays. */
  scheduleId: number | null;
}

export interface Segment extends Resolution {
  from: number;
  to: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function daypartActive(rule: Extract<ScheduleRule, { kind: 'daypart' }>, p: LocalParts): boolean {
  const now = p.hour * 60 + p.minute, from = minutesOf(rule.from), to = minutesOf(rule.to);
  if (from === to) return rule.days.includes(p.weekday); // whole day
  if (from < to) return rule.days.includes(p.weekday) && now >= from && now < to;
  // Overnight: the evening part belongs to today, the early-morning part to yesterday's daypart.
  return (rule.days.includes(p.weekday) && now >= from) || (rule.days.includes((p.weekday + 6) % 7) && now < to);
}

interface Compiled { entry: ScheduleEntry; cron: CronMatcher | null }

/** A resolver over one branch's schedules for one group; compile once, ask many instants. */
export function createResolver(branch: BranchSchedules, group: string) {
  const compiled: Compiled[] = branch.schedules
    .filter((s) => s.groups === null || s.groups.includes(group))
    // Highest priority first; on a tie a group-targeted schedule beats a branch-wide one, then the newer wins.
    .sort((a, b) => b.priority - a.priority || Number(a.groups === null) - Number(b.groups === null) || b.id - a.id)
    .map((entry) => ({ entry, cron: entry.rule.kind === 'cron' ? compileCron(entry.rule.expression) : null }));

  function at(instant: number): Resolution {
    const p = localParts(instant, branch.timeZone);
    for (const { entry, cron } of compiled) {
      if (entry.validFrom && p.date < entry.validFrom) continue;
      if (entry.validTo && p.date > entry.validTo) continue;
      const active = cron ? cron.matches(p) : daypartActive(entry.rule as Extract<ScheduleRule, { kind: 'daypart' }>, p);
      if (active) return { playlistId: entry.playlistId, scheduleId: entry.id };
    }
    return { playlistId: branch.defaultPlaylistId, scheduleId: null };
  }

  /**
   * The first instant after `instant` (within `horizonMs`) where the resolution differs, or null.
   * Every rule changes only on a minute, and every zone in use has whole-minute offsets, so scanning
   * UTC minute starts sees each local minute exactly once, DST gaps and repeats included.
   */
  function nextBoundary(instant: number, horizonMs = DAY): number | null {
    const current = at(instant);
    for (let t = Math.floor(instant / MINUTE) * MINUTE + MINUTE; t <= instant + horizonMs; t += MINUTE) {
      const r = at(t);
      if (r.playlistId !== current.playlistId || r.scheduleId !== current.scheduleId) return t;
    }
    return null;
  }

  /** What plays from `from` to `to`, as consecutive segments (the manifest and the week view use this). */
  function timeline(from: number, to: number): Segment[] {
    const out: Segment[] = [];
    let start = from;
    while (start < to) {
      const r = at(start);
      const next = nextBoundary(start, to - start) ?? to;
      out.push({ ...r, from: start, to: Math.min(next, to) });
      start = next;
    }
    return out;
  }

  return { at, nextBoundary, timeline };
}

export function resolvePlaylist(branch: BranchSchedules, group: string, instant: number): Resolution {
  return createResolver(branch, group).at(instant);
}

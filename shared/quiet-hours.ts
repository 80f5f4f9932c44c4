/** Quiet hours: a display speaks softer during a span of local time that may cross midnight (19:00–08:00). */
import { localWeekdayAndTime } from './opening-hours.ts';

export interface QuietHours {
  from: string;
  to: string;
  volume: number;
}

export function effectiveVolume(volume: number, quiet: QuietHours | null, at: number, timeZone: string): number {
  if (!quiet) return volume;
  const { time } = localWeekdayAndTime(at, timeZone);
  const inside = quiet.from <= quiet.to ? time >= quiet.from && time < quiet.to : time >= quiet.from || time < quiet.to;
  return inside ? Math.min(volume, quiet.volume) : volume;
}

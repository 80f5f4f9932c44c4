/** What the service step shows for each service: its name, open or closed (and when it opens), queue and wait. */
import type { BranchSnapshot, WireService } from '../../shared/model.ts';
import { isOpenAt, localWeekdayAndTime } from '../../shared/opening-hours.ts';
import { localizedName } from '../common/format.ts';
import { minutesRange } from '../common/wait-range.ts';
import type { KioskCatalog } from './i18n.ts';

export interface ServiceOption {
  id: number;
  name: string;
  open: boolean;
  /** "HH:MM" of the next opening later today, when closed now. */
  opensAt: string | null;
  waiting: number;
  /** "10–15 min", or null when the server has no estimate yet. */
  wait: string | null;
}

/**
 * Inactive services are left out altogether; closed ones stay, disabled, so a visitor learns
 * the service exists and when to come back. `serverNow` is the server's clock, not the kiosk's.
 */
export function serviceOptions(state: BranchSnapshot, lang: string, serverNow: number, c: KioskCatalog): ServiceOption[] {
  const { branch } = state;
  return state.services
    .filter((service) => service.active)
    .map((service) => {
      const stats = state.stats.find((s) => s.serviceId === service.id);
      const waiting = stats?.waiting ?? 0;
      const open = isOpenAt(service.openingHours, serverNow, branch.timezone);
      return {
        id: service.id,
        name: localizedName(service.names, lang, branch.languages),
        open,
        opensAt: open ? null : nextOpeningToday(service, serverNow, branch.timezone),
        waiting,
        wait: minutesRange(stats?.estimateMin ?? null, stats?.estimateMax ?? null, c.min),
      };
    });
}

function nextOpeningToday(service: WireService, at: number, timeZone: string): string | null {
  if (!service.openingHours) return null;
  const { day, time } = localWeekdayAndTime(at, timeZone);
  const starts = (service.openingHours[day] ?? []).map(([from]) => from).filter((from) => from > time);
  return starts.sort()[0] ?? null;
}

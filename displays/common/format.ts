/** Formatting the screens share: names in the screen's language, wait ranges, and clock times in the branch's zone. */
import type { LocalizedText, ServiceStats } from '../../shared/model.ts';
import type { Catalog } from './i18n.ts';

/** The name in `lang`, else in the first branch language that has one, else any. */
export function localizedName(names: LocalizedText, lang: string, branchLanguages: readonly string[]): string {
  for (const l of [lang, lang.split('-')[0] ?? lang, ...branchLanguages]) {
    const name = names[l];
    if (name) return name;
  }
  return Object.values(names)[0] ?? '';
}

/** "10–15 min", "5 min", "No wait", or null when the server has no estimate. */
export function waitRange(stats: ServiceStats, catalog: Catalog): string | null {
  if (stats.waiting === 0) return catalog.noWait;
  const lo = stats.estimateMin === null ? null : Math.max(0, Math.round(stats.estimateMin));
  const hi = stats.estimateMax === null ? null : Math.max(0, Math.round(stats.estimateMax));
  if (lo === null && hi === null) return null;
  // Isolated left-to-right, or a right-to-left line would print "10–15" as "15–10".
  if (lo === null || hi === null || lo === hi) return `\u2066${lo ?? hi}\u2069 ${catalog.min}`;
  return `\u2066${Math.min(lo, hi)}–${Math.max(lo, hi)}\u2069 ${catalog.min}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Latin digits everywhere, so times match the ticket codes and counts beside them;
 * an unknown time zone falls back to the device's rather than blanking the clock.
 */
export function formatTime(ms: number, lang: string, timeZone: string, style: 'time' | 'date'): string {
  const key = `${lang}|${timeZone}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      style === 'time' ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'long', day: 'numeric', month: 'long' };
    try {
      formatter = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, { ...options, timeZone });
    } catch {
      formatter = new Intl.DateTimeFormat(`${lang}-u-nu-latn`, options);
    }
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

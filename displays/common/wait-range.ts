/** A wait estimate in minutes as a short range ("10–15 min"), safe inside right-to-left text. */

export function minutesRange(min: number | null, max: number | null, unit: string): string | null {
  const lo = min === null ? null : Math.max(0, Math.round(min));
  const hi = max === null ? null : Math.max(0, Math.round(max));
  if (lo === null && hi === null) return null;
  // Isolated left-to-right, or an Arabic line would print "10–15" as "15–10".
  if (lo === null || hi === null || lo === hi) return `\u2066${lo ?? hi}\u2069 ${unit}`;
  return `\u2066${Math.min(lo, hi)}–${Math.max(lo, hi)}\u2069 ${unit}`;
}

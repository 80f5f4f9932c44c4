/** In which languages a call is spoken: one rule for the server's pre-synthesis and the screens' playback. */

/** The visitor's own language first, then the display's, each language once (by primary subtag: es-MX = es). */
export function speechLanguages(visitorLanguage: string | null, displayLanguages: readonly string[]): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  for (const lang of [visitorLanguage, ...displayLanguages]) {
    if (!lang) continue;
    const primary = lang.toLowerCase().split('-')[0]!;
    if (seen.has(primary)) continue;
    seen.add(primary);
    order.push(lang);
  }
  return order;
}

/** Which languages the kiosk offers, in which order, and what each is called in itself. */

/** The branch's languages first (its visitors' usual ones), then every other language the kiosk has texts for. */
export function languageChoices(branchLanguages: readonly string[], catalogs: readonly string[]): string[] {
  const seen = new Set<string>();
  const choices: string[] = [];
  for (const lang of [...branchLanguages, ...catalogs]) {
    const key = lang.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    choices.push(lang);
  }
  return choices;
}

/** "Español", "العربية": a visitor looks for their own language's name, not its English one. */
export function autonym(lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}

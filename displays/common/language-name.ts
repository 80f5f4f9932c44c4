/** A language code as words for the consoles ("es" → "Spanish"), falling back to the code itself. */
let names: Intl.DisplayNames | null | undefined;

export function languageName(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

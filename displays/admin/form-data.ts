/** Reading typed values out of a submitted form, so every editor parses its fields the same way. */

export function textField(data: FormData, name: string): string {
  return String(data.get(name) ?? '').trim();
}

export function intField(data: FormData, name: string): number {
  return Number.parseInt(textField(data, name), 10);
}

/** "en, es fr" → ["en", "es", "fr"]: codes in the order typed, without repeats. */
export function languageList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((l) => l.trim()).filter(Boolean))];
}

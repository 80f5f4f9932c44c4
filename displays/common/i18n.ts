/**
 * On-screen texts per language (speech comes from the server). English is built in; every other
 * catalog is a file in ./catalogs/, fetched only by the screens that use it. Adding a language is
 * adding a catalog file.
 */
import en, { type Catalog, type MessageKey } from './catalogs/en.ts';

export type { Catalog, MessageKey };

const loaders = import.meta.glob<{ default: Catalog }>(['./catalogs/*.ts', '!./catalogs/en.ts']);
const available = new Set(['en', ...Object.keys(loaders).map((path) => path.slice('./catalogs/'.length, -'.ts'.length))]);
const catalogs: Record<string, Catalog> = { en };

/** The languages a catalog exists for. */
export function availableLanguages(): string[] {
  return [...available];
}

/** Fetches a language's catalog once; `catalogFor` answers in English until it has arrived. */
export async function loadCatalog(lang: string | null | undefined): Promise<Catalog> {
  const code = resolveLanguage(lang);
  const load = loaders[`./catalogs/${code}.ts`];
  if (!catalogs[code] && load) catalogs[code] = (await load()).default;
  return catalogs[code] ?? en;
}

const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The catalog's own language for a tag: exact match, then the primary subtag, then English. */
export function resolveLanguage(lang: string | null | undefined): string {
  if (!lang) return 'en';
  const lower = lang.toLowerCase();
  if (available.has(lower)) return lower;
  const primary = lower.split('-')[0] ?? '';
  return available.has(primary) ? primary : 'en';
}

export function catalogFor(lang: string | null | undefined): Catalog {
  return catalogs[resolveLanguage(lang)] ?? en;
}

export function directionOf(lang: string | null | undefined): 'ltr' | 'rtl' {
  return RTL.has((lang ?? '').toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Fills `{name}` slots. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/**
 * A per-app catalog set: English built in, every other language a lazily loaded file. Each app passes
 * its own `import.meta.glob` result, since Vite only expands globs written literally in the importing module.
 */

export type CatalogModules<C> = Record<string, () => Promise<{ default: C }>>;

export interface CatalogSet<C> {
  /** Languages a catalog exists for, English first. */
  readonly languages: readonly string[];
  /** The catalog's own language for a tag: exact match, then the primary subtag, then English. */
  resolve(lang: string | null | undefined): string;
  /** Fetches a language's catalog once; `get` answers in English until it has arrived. */
  load(lang: string | null | undefined): Promise<C>;
  get(lang: string | null | undefined): C;
}

/** `modules` keys look like `./catalogs/fr.ts`; the file name is the language. */
export function createCatalogSet<C>(english: C, modules: CatalogModules<C>): CatalogSet<C> {
  const loaders = new Map<string, () => Promise<{ default: C }>>();
  for (const [path, load] of Object.entries(modules)) {
    const code = /([\w-]+)\.ts$/.exec(path)?.[1];
    if (code && code !== 'en') loaders.set(code, load);
  }
  const languages = ['en', ...loaders.keys()];
  const loaded = new Map<string, C>([['en', english]]);

  const resolve = (lang: string | null | undefined): string => {
    if (!lang) return 'en';
    const lower = lang.toLowerCase();
    if (languages.includes(lower)) return lower;
    const primary = lower.split('-')[0] ?? '';
    return languages.includes(primary) ? primary : 'en';
  };

  return {
    languages,
    resolve,
    async load(lang) {
      const code = resolve(lang);
      const load = loaders.get(code);
      if (!loaded.has(code) && load) loaded.set(code, (await load()).default);
      return loaded.get(code) ?? english;
    },
    get: (lang) => loaded.get(resolve(lang)) ?? english,
  };
}

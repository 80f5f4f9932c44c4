/** The kiosk's own texts: English built in, the other catalogs loaded at start-up so every language switch is instant. */
import { createCatalogSet } from '../common/i18n-loader.ts';
import en, { type KioskCatalog, type KioskMessageKey } from './catalogs/en.ts';

export type { KioskCatalog, KioskMessageKey };

const catalogs = createCatalogSet<KioskCatalog>(
  en,
  import.meta.glob<{ default: KioskCatalog }>(['./catalogs/*.ts', '!./catalogs/en.ts']),
);

export const kioskLanguages = catalogs.languages;
export const resolveKioskLanguage = catalogs.resolve;
export const kioskCatalog = catalogs.get;

/** A kiosk has one visitor at a time and no time to wait for a download mid-flow: fetch them all up front. */
export function loadKioskCatalogs(): Promise<unknown> {
  return Promise.all(kioskLanguages.map((lang) => catalogs.load(lang)));
}

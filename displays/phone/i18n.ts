/** The phone's own texts: English built in, the visitor's language fetched on demand (a phone pays for every byte). */
import { createCatalogSet } from '../common/i18n-loader.ts';
import en, { type PhoneCatalog, type PhoneMessageKey } from './catalogs/en.ts';

export type { PhoneCatalog, PhoneMessageKey };

const catalogs = createCatalogSet<PhoneCatalog>(
  en,
  import.meta.glob<{ default: PhoneCatalog }>(['./catalogs/*.ts', '!./catalogs/en.ts']),
);

export const resolvePhoneLanguage = catalogs.resolve;
export const loadPhoneCatalog = catalogs.load;
export const phoneCatalog = catalogs.get;

/** The ticket's language when it has one, else the first of the browser's languages we have texts for. */
export function phoneLanguage(ticketLanguage: string | null, browser: readonly string[] = navigator.languages): string {
  for (const lang of [ticketLanguage, ...browser]) {
    if (lang && catalogs.resolve(lang) !== 'en') return catalogs.resolve(lang);
    if (lang && lang.toLowerCase().split('-')[0] === 'en') return 'en';
  }
  return 'en';
}

// Country names in each language from the platform's CLDR data (Intl.DisplayNames), keyed by ISO 3166-1 alpha-2.
import type { Lang } from './languages.ts';

const names = new Map<Lang, Intl.DisplayNames>();
const check = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
// Region codes CLDR names that are not countries (unions, "Outlying Oceania", "Unknown Region").
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

/**
 * True for assigned ISO 3166-1 alpha-2 codes: not "ZZ", not continents, and not a withdrawn code that CLDR still
 * names after its successor ("DY" for Benin, "ZR" for the Congo, "UK"): those would give one country two codes.
 */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  return !NOT_COUNTRIES.has(code) && check.of(code) !== undefined && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

export function countryName(code: string, lang: Lang): string {
  let dn = names.get(lang);
  if (!dn) {
    dn = new Intl.DisplayNames(lang, { type: 'region' });
    names.set(lang, dn);
  }
  return dn.of(code) ?? code;
}

// The languages the product speaks: each has UI strings in src/i18n/<lang>.json.
export const LANGS = ['fr', 'en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Whether the platform knows `tag` as a locale (a BCP 47 tag such as en-GB, fr-CH, es-419). */
export function isKnownLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

// The languages the product speaks: each has UI strings in src/i18n/<lang>.json.
export const LANGS = ['fr', 'en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

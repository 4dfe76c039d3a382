// The one way components read interface strings: t(lang, "release.contacts").
import fr from '../i18n/fr.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import es from '../i18n/es.json' with { type: 'json' };
import type { Lang } from './languages.ts';
import { localeOf } from './locale.ts';

export type UiKey = keyof typeof fr;

export const strings: Record<Lang, Record<UiKey, string>> = { fr, en, es };

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const template = strings[lang][key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" in src/i18n/${lang}.json`);
  // Most strings have no placeholder; the labels of every page ask for them thousands of times in a build.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const plurals = new Map<Lang, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/** A count in words: tn("fr", "listing.count", 2) reads "listing.count.other" → "2 communiqués". */
export function tn(lang: Lang, key: string, n: number): string {
  let f = plurals.get(lang);
  if (!f) plurals.set(lang, (f = { rules: new Intl.PluralRules(lang), numbers: new Intl.NumberFormat(localeOf(lang)) }));
  const form = `${key}.${f.rules.select(n)}` as UiKey;
  const chosen = form in strings[lang] ? form : (`${key}.other` as UiKey);
  return t(lang, chosen, { n: f.numbers.format(n) });
}

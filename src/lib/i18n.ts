// The one way components read interface strings: t(lang, "release.contacts").
import fr from '../i18n/fr.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import es from '../i18n/es.json' with { type: 'json' };
import type { Lang } from './languages.ts';
import { localeOf } from './locale.ts';
import { site } from '../site.config.ts';

export type UiKey = keyof typeof fr;

export const strings: Record<Lang, Record<UiKey, string>> = { fr, en, es };

/** A name inserted into a sentence, with the article it takes there ("l’", "the", "la"; none for "Amnesty International"). */
export interface Name {
  name: string;
  article?: string;
}

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars` (a Name follows the grammar rules of `inSentence`). */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number | Name> = {}): string {
  const template = strings[lang][key];
  if (template === undefined) throw new Error(`Missing UI string "${key}" in src/i18n/${lang}.json`);
  // Most strings have no placeholder; the labels of every page ask for them thousands of times in a build.
  if (!template.includes('{')) return template;
  return template.replace(/(?:(\S+) )?\{(\w+)\}/g, (whole, before: string | undefined, name: string, offset: number) => {
    if (!(name in vars)) return whole;
    const value = vars[name]!;
    if (typeof value !== 'object') return `${before === undefined ? '' : `${before} `}${value}`;
    // A name that opens the string or a sentence stands alone ("Organisation internationale… : communiqués").
    if (before === undefined && (offset === 0 || /[.!?:]\s*$/.test(template.slice(0, offset)))) return value.name;
    return inSentence(lang, before, value);
  });
}

/** The organisation's name in `lang`, with the article it takes in a sentence (src/site.config.ts). */
export function organizationName(lang: Lang): Name {
  return { name: site.organization.name[lang] ?? '', article: site.organization.article[lang] };
}

// An initial h may be mute (l’hôpital) or not (le HCR, le Haut-Commissariat): it is never elided here; a name that
// takes l’ before its h says so with its article in the site configuration.
const VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

/**
 * A name after the word before it, as each language writes it: French "de" + "le HCR" → "du HCR", "à" + "les" → "aux",
 * "de" + "Amnesty" → "d’Amnesty", "la" + "Organisation" → "l’Organisation"; Spanish "de" + "el" → "del", "a" + "el" → "al";
 * English "About" + "the International…".
 */
export function inSentence(lang: Lang, before: string | undefined, { name, article }: Name): string {
  let art = article?.trim() ?? '';
  if (lang === 'fr' && /^(le|la)$/i.test(art) && VOWEL.test(name)) art = 'l’';
  const glued = /['’]$/.test(art);
  const phrase = art ? `${art}${glued ? '' : ' '}${name}` : name;
  const word = before ?? '';
  const lead = word ? `${word} ` : '';
  if (lang === 'fr') {
    const prep = word.toLowerCase();
    if (prep === 'de' && art === 'le') return `du ${name}`;
    if (prep === 'de' && art === 'les') return `des ${name}`;
    if (prep === 'à' && art === 'le') return `au ${name}`;
    if (prep === 'à' && art === 'les') return `aux ${name}`;
    if (prep === 'de' && !art && VOWEL.test(name)) return `d’${name}`;
  } else if (lang === 'es') {
    const prep = word.toLowerCase();
    if (prep === 'de' && art === 'el') return `del ${name}`;
    if (prep === 'a' && art === 'el') return `al ${name}`;
  }
  return lead + phrase;
}

/** The name of language `of` as readers of `lang` write it inside a sentence: "French", "anglais", "francés". */
export function languageName(of: Lang, lang: Lang): string {
  return new Intl.DisplayNames(lang, { type: 'language' }).of(of) ?? of;
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

// Typographic spacing for each language, on plain text: French no-break spaces, digit groups, units.
import type { Lang } from './languages.ts';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

/** Quote characters per language, in markdown-it's order: double open, double close, single open, single close. */
export const QUOTES: Record<Lang, [string, string, string, string]> = {
  fr: ['«', '»', '“', '”'],
  en: ['“', '”', '‘', '’'],
  es: ['«', '»', '“', '”'],
};

const SPACES = `[ ${NBSP}${NNBSP}]`;
// Units written after a number ("70 %", "8 500 km"): the space before them must not break.
const UNITS = '%|‰|€|\\$|£|km²|km|m²|m³|cm|mm|kg|ha|°C|USD|EUR|CHF|PEN';
const DIGIT_GROUPS = new RegExp(`(?<![\\d.,])(\\d{1,3})((?:${SPACES}\\d{3})+)(?![\\d])`, 'g');
const NUMBER_UNIT = new RegExp(`(\\d)${SPACES}(${UNITS})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Applies the spacing rules of `lang` to a run of text (markdown-it pairs quotes; this does the rest). Only spaces that are already there change
 * (ordinary space → the right no-break space), so running it twice changes nothing.
 */
export function typeset(text: string, lang: Lang): string {
  let out = text
    // A straight apostrophe between letters is an apostrophe: l'OIM → l’OIM.
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
    .replace(DIGIT_GROUPS, (_, head: string, groups: string) => head + groups.replace(/[ \u00a0\u202f]/g, NNBSP))
    .replace(NUMBER_UNIT, `$1${NNBSP}$2`);
  if (lang === 'fr') {
    out = out
      // « text » with thin no-break spaces inside, added when missing.
      .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
      // A space before ; ! ? becomes a thin no-break space, and before : a no-break space.
      .replace(/(?<=\S)[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
      .replace(/(?<=\S)[ \u00a0\u202f]+:/g, `${NBSP}:`);
  } else if (lang === 'es') {
    out = out.replace(/«[ \u00a0\u202f]+/g, '«').replace(/[ \u00a0\u202f]+»/g, '»');
  }
  return out;
}

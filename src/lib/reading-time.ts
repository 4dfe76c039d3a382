// Reading time from a word count, at the usual reading speed of each language.
import type { Lang } from './languages.ts';
import { htmlToText } from './text.ts';

/** Approximate silent-reading speeds for informative text, in words per minute. */
export const WORDS_PER_MINUTE: Record<Lang, number> = { en: 238, fr: 200, es: 210 };

/**
 * Words of plain text: runs of letters and digits, joined by one apostrophe or hyphen ("l’OIM", "Jean-Marc",
 * "2017-2018" are one word each) — what /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu matches, counted in one pass
 * over the text without building the list of matches (every release is counted on every render).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  // The previous character was an apostrophe or hyphen right after a word: a letter now continues that word.
  let joined = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (isWordChar(code)) {
      if (!inWord && !joined) words++;
      inWord = true;
      joined = false;
    } else {
      joined = inWord && (code === 39 || code === 0x2019 || code === 45);
      inWord = false;
    }
  }
  return words;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ASCII_WORD = new Uint8Array(128).map((_, c) => (LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0));
const seen = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let known = seen.get(code);
  if (known === undefined) seen.set(code, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(code))));
  return known;
}

/** Words of a rendered body, as readers read them. */
export function wordsOf(html: string): number {
  return countWords(htmlToText(html));
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}

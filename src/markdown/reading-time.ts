// Reading time from a word count, at the usual reading speed of each language.
import type { Lang } from '../lib/languages.ts';
import { decodeReference } from '../lib/html-text.ts';

/** Approximate silent-reading speeds for informative text, in words per minute. */
export const WORDS_PER_MINUTE: Record<Lang, number> = { en: 238, fr: 200, es: 210 };

/**
 * Words of plain text: runs of letters and digits, joined by one apostrophe or hyphen ("l’OIM", "Jean-Marc",
 * "2017-2018" are one word each) — what /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu matches, counted in one pass
 * over the text without building the list of matches (every release is counted on every render).
 */
export function countWords(text: string): number {
  const words = new WordCounter();
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    words.add(code);
  }
  return words.count;
}

/**
 * Words of a rendered body, as readers read them: countWords of its text, with tags dropped and character
 * references read (what htmlToText gives), counted in the same single pass over the HTML.
 */
export function wordsOf(html: string): number {
  const words = new WordCounter();
  for (let i = 0; i < html.length; i++) {
    const code = html.codePointAt(i)!;
    if (code === 60 /* < */) {
      const end = html.indexOf('>', i);
      if (end !== -1) {
        i = end;
        continue;
      }
    } else if (code === 38 /* & */) {
      CHARACTER_REFERENCE.lastIndex = i;
      const ref = CHARACTER_REFERENCE.exec(html);
      const text = ref && decodeReference(ref[0], ref[1]!);
      if (text) {
        for (const c of text) words.add(c.codePointAt(0)!);
        i += ref[0].length - 1;
        continue;
      }
    }
    if (code > 0xffff) i++;
    words.add(code);
  }
  return words.count;
}

const CHARACTER_REFERENCE = /&(#x[0-9a-f]+|#\d+|[a-z]+);/iy;

/** The state of a count: whether the last character was in a word, or an apostrophe or hyphen right after one. */
class WordCounter {
  count = 0;
  private inWord = false;
  // The previous character was an apostrophe or hyphen right after a word: a letter now continues that word.
  private joined = false;

  add(code: number): void {
    if (isWordChar(code)) {
      if (!this.inWord && !this.joined) this.count++;
      this.inWord = true;
      this.joined = false;
    } else {
      this.joined = this.inWord && (code === 39 || code === 0x2019 || code === 45);
      this.inWord = false;
    }
  }
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// What is known of each character of the Basic Multilingual Plane: 0 not yet looked up, 1 letter or digit, 2 neither.
const BMP = new Uint8Array(0x10000);
const astral = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if (code < 0x10000) {
    let known = BMP[code]!;
    if (known === 0) BMP[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1;
  }
  let known = astral.get(code);
  if (known === undefined) astral.set(code, (known = LETTER_OR_DIGIT.test(String.fromCodePoint(code))));
  return known;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}

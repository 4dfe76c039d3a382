// Reading time from a word count, at the usual reading speed of each language.
import type { Lang } from './languages.ts';
import { htmlToText } from './text.ts';

/** Approximate silent-reading speeds for informative text, in words per minute. */
export const WORDS_PER_MINUTE: Record<Lang, number> = { en: 238, fr: 200, es: 210 };

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** Words of a rendered body, as readers read them. */
export function wordsOf(html: string): number {
  return countWords(htmlToText(html));
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}

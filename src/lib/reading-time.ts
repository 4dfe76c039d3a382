// Reading time from a word count, at the usual reading speed of each language.
import type { Lang } from './languages.ts';

/** Approximate silent-reading speeds for informative text, in words per minute. */
export const WORDS_PER_MINUTE: Record<Lang, number> = { en: 238, fr: 200, es: 210 };

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}

// Whole-collection work on releases, done once per build: what a page needs to know about each release.
import type { Lang } from '../lib/languages.ts';
import type { ReleaseData } from '../release/schema.ts';
import { dateSortKey, releaseDate } from '../lib/dates.ts';
import { releasePath } from '../lib/routes.ts';
import { firstParagraph } from '../lib/html-text.ts';
import { readingMinutes, wordsOf } from '../markdown/reading-time.ts';
import type { Hold } from '../release/publication.ts';

/** A release's fields once Astro has read them: the hero image's path has become an image Astro knows. */
export type ReleaseFields = Omit<ReleaseData, 'image'> & {
  image?: Omit<NonNullable<ReleaseData['image']>, 'src'> & { src: unknown };
};

/** What the collection gives us for one entry (the shape of Astro's CollectionEntry, minus Astro). */
export interface ReleaseEntry {
  id: string;
  data: ReleaseFields;
  /** Our Markdown processor counts the words once, when it renders (another processor leaves them to us). */
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

export interface Release<E extends ReleaseEntry = ReleaseEntry> {
  entry: E;
  id: string;
  data: ReleaseFields;
  lang: Lang;
  /** URL slug: the file name without its year and extension. */
  slug: string;
  year: number;
  path: string;
  /** The summary from the front matter, else the text of the first paragraph. */
  summary: string;
  sortKey: string;
  /** Words of the body, and the minutes a reader needs for them. */
  words: number;
  minutes: number;
  /** Set in preview builds on a release readers cannot see yet. */
  hold?: Hold;
}

export function toRelease<E extends ReleaseEntry>(entry: E): Release<E> {
  const data = entry.data;
  const slug = entry.id.split('/').at(-1)!.replace(/^\d{4}-/, '');
  const year = releaseDate(data.date).year;
  const html = entry.rendered?.html ?? '';
  const counted = entry.rendered?.metadata?.words;
  const words = typeof counted === 'number' ? counted : wordsOf(html);
  return {
    entry,
    id: entry.id,
    data,
    lang: data.lang,
    slug,
    year,
    path: releasePath(data.lang, year, slug),
    summary: data.summary ?? firstParagraph(html),
    sortKey: dateSortKey(data.date),
    words,
    minutes: readingMinutes(words, data.lang),
  };
}

/** Newest first; releases of the same day by title, so the order never depends on file-system order. */
export function newestFirst<R extends Release>(releases: readonly R[]): R[] {
  return [...releases].sort(
    (a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : a.data.title.localeCompare(b.data.title, a.lang) || (a.id < b.id ? -1 : 1)),
  );
}

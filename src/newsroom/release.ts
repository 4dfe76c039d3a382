// Whole-collection work on releases, done once per build: what a page needs to know about each release.
import type { Lang } from '../lib/languages.ts';
import type { EventData, ReleaseData } from '../release/schema.ts';
import { dateSortKey, latestUpdate, offsetOf, parseInstant, releaseDate } from '../lib/dates.ts';
import { releasePath } from '../lib/routes.ts';
import { readingMinutes } from '../markdown/reading-time.ts';
import { bodyFactsOf, type BodyFacts } from '../markdown/facts.ts';
import type { Hold } from '../release/publication.ts';
import type { Contact } from '../release/contact-schema.ts';
import { site } from '../site.config.ts';

/**
 * A release's fields once Astro has read them: the hero image's path has become an image Astro knows; the loader
 * adds the hero's file as written and the body's figures as images (src/content.config.ts).
 */
export type ReleaseFields = Omit<ReleaseData, 'image'> & {
  image?: Omit<NonNullable<ReleaseData['image']>, 'src'> & { src: unknown };
  heroFile?: string;
  figures?: unknown[];
};

/** What the collection gives us for one entry (the shape of Astro's CollectionEntry, minus Astro). */
export interface ReleaseEntry {
  id: string;
  data: ReleaseFields;
  /** The body as rendered, with what the renderer saw while rendering it (src/markdown/job.ts). */
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The event a media advisory announces: its fields, its instants, and the time zone its times are shown in. */
export interface ReleaseEvent extends EventData {
  startsAt: Date;
  /** The end as written, else the start. */
  endsAt: Date;
  /** The place's time zone by name, else the offset the start was written with ("-05:00"). */
  zone: string;
}

export function eventOf(event: EventData): ReleaseEvent {
  const startsAt = parseInstant(event.start)!;
  return { ...event, startsAt, endsAt: event.end ? parseInstant(event.end)! : startsAt, zone: event.timezone ?? offsetOf(event.start) };
}

/** Whether the event has not ended at `now` (the build's time: the site is static). */
export function isUpcoming(event: ReleaseEvent, now: Date): boolean {
  return event.endsAt.getTime() >= now.getTime();
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
  /** Who journalists call about it: its own contacts, else the site's standing ones (src/site.config.ts). */
  contacts: Contact[];
  /** The event it announces, if it is a media advisory or a briefing note with one. */
  event?: ReleaseEvent;
  /** The date of the latest update, as written (a day or a date and time with its offset), if the release has any. */
  modified?: string;
  sortKey: string;
  /** What the renderer found in the body: headings, figures, charts, first paragraph, words. */
  body: BodyFacts;
  /** The minutes a reader needs for the body's words. */
  minutes: number;
  /** Set in preview builds on a release readers cannot see yet. */
  hold?: Hold;
}

export function toRelease<E extends ReleaseEntry>(entry: E): Release<E> {
  const data = entry.data;
  const slug = entry.id.split('/').at(-1)!.replace(/^\d{4}-/, '');
  const year = releaseDate(data.date).year;
  const body = bodyFactsOf(entry.rendered?.metadata);
  return {
    entry,
    id: entry.id,
    data,
    lang: data.lang,
    slug,
    year,
    path: releasePath(data.lang, year, slug),
    summary: data.summary ?? body.summary,
    contacts: data.contacts.length > 0 ? data.contacts : site.contacts,
    ...(data.updates.length ? { modified: latestUpdate(data.updates)!.date } : {}),
    ...(data.event ? { event: eventOf(data.event) } : {}),
    sortKey: dateSortKey(data.date),
    body,
    minutes: readingMinutes(body.words, data.lang),
  };
}

/** Newest first; releases of the same day by title, so the order never depends on file-system order. */
export function newestFirst<R extends Release>(releases: readonly R[]): R[] {
  return [...releases].sort(
    (a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : a.data.title.localeCompare(b.data.title, a.lang) || (a.id < b.id ? -1 : 1)),
  );
}

// Release dates: full (YYYY-MM-DD) or month precision (YYYY-MM), checked, sorted and shown per language.
import type { Lang } from './languages.ts';
import { localeOf } from './locale.ts';

export type DatePrecision = 'day' | 'month';

export interface ReleaseDate {
  /** As written by the author: "2017-01-31" or "2007-08". */
  iso: string;
  year: number;
  month: number;
  day?: number;
  precision: DatePrecision;
}

const DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Reads an author's date; returns a sentence saying what is wrong when it is not a real date. */
export function parseReleaseDate(value: string): ReleaseDate | { error: string } {
  const m = DATE_RE.exec(value);
  if (!m) return { error: `"${value}" is not a date: write YYYY-MM-DD, or YYYY-MM when the day is unknown` };
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || year > 2200) return { error: `"${value}" has an unlikely year ${year}` };
  if (month < 1 || month > 12) return { error: `"${value}" has no month ${m[2]}: months run from 01 to 12` };
  if (m[3] === undefined) return { iso: value, year, month, precision: 'month' };
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { error: `"${value}" does not exist: ${m[1]}-${m[2]} has days 01 to ${last}` };
  }
  return { iso: value, year, month, day, precision: 'day' };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Like parseReleaseDate, for values already validated by the schema. */
export function releaseDate(value: string): ReleaseDate {
  const parsed = parseReleaseDate(value);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

/** A month-precision date sorts as the first day of its month. */
export function dateSortKey(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}

/** The instant used by feeds and sitemaps: midnight UTC of the day, or of the month's first day. */
export function dateToInstant(value: string): Date {
  const d = releaseDate(value);
  return new Date(Date.UTC(d.year, d.month - 1, d.day ?? 1));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** "31 janvier 2017", "August 2007", "agosto de 2007": a month-precision date never shows a day; written as the site's locale for `lang` writes dates. */
export function formatReleaseDate(value: string, lang: Lang): string {
  const key = `${lang} ${value}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = formatter(lang, releaseDate(value).precision).format(dateToInstant(value))));
  return text;
}

// A release's date is shown on its page, its editions and every listing it is in: each is formatted once.
const formatted = new Map<string, string>();

/** Reads an ISO date-time that must carry its offset (Z or ±hh:mm); undefined when it does not. */
export function parseInstant(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined;
  if ('error' in parseReleaseDate(value.slice(0, 10))) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/** An instant in UTC, as the site's locale for `lang` writes a long date and a short time: "1 mars 2026 à 08:00 UTC". */
export function formatInstant(instant: Date, lang: Lang): string {
  return `${new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(instant)} UTC`;
}

/** The instant of an update's date: a day is taken at its start (UTC), a date and time as written. */
export function updateInstant(value: string): Date {
  return parseInstant(value) ?? dateToInstant(value);
}

/** The latest of a release's updates, if any. */
export function latestUpdate<U extends { date: string }>(updates: readonly U[]): U | undefined {
  return updates.reduce<U | undefined>((latest, u) => (!latest || updateInstant(u.date) > updateInstant(latest.date) ? u : latest), undefined);
}

/** Whether the runtime knows a time zone by this name ("America/Lima"). */
export function isTimeZone(name: string): boolean {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone !== undefined && /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(name);
  } catch {
    return false;
  }
}

/** The offset a date and time was written with: "-05:00", "+00:00" for Z. */
export function offsetOf(value: string): string {
  const m = /([+-]\d{2}:\d{2}|Z)$/.exec(value);
  return !m || m[1] === 'Z' ? '+00:00' : m[1]!;
}

/** The offset of a time zone at an instant, as "+01:00". */
export function zoneOffset(instant: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value;
  // "GMT-05:00", or "GMT" for no offset.
  return part === 'GMT' ? '+00:00' : part.slice(3);
}

// Datelines ("Pérou – ", "Lima, 2 de diciembre de 2016.- ") and complete dates written in words; nothing is guessed.
import { LANGS, type Lang } from '../lib/languages.ts';
import { parseReleaseDate } from '../lib/dates.ts';
import { isCountryCode } from '../lib/countries.ts';
import { MONTH_ABBREVIATIONS, MONTHS, key } from './vocabulary.ts';

const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo'.split(' ');

export interface FoundDate {
  iso: string;
  text: string;
}

const MONTH_INDEX = new Map<string, number>([
  ...LANGS.flatMap((l) => MONTHS[l].map((m, i) => [key(m), i + 1] as [string, number])),
  ...Object.entries(MONTH_ABBREVIATIONS).flatMap(([n, forms]) => forms.map((f) => [key(f), Number(n)] as [string, number])),
]);
// Longest first, so that "janvier" is not read as "jan" and "vier"; a short form may take a full stop ("Jan.").
const MONTH_WORDS = [...new Set([...LANGS.flatMap((l) => MONTHS[l]), ...Object.values(MONTH_ABBREVIATIONS).flat()])]
  .sort((a, b) => b.length - a.length)
  .join('|');

// "31 janvier 2017", "2 de diciembre de 2016", "21, de julio de2018", "2 October 2016", "October 2, 2016", "1er mars 2015".
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:er|ro|st|nd|rd|th|º|°)?,?\\s+(?:de\\s+)?(${MONTH_WORDS})\\b\\.?\\s*,?\\s*(?:de|del)?\\s*(\\d{4})\\b`, 'giu');
const MONTH_FIRST = new RegExp(`\\b(${MONTH_WORDS})\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Every complete date (day, month and year) written in `text`, in the order they appear. */
export function completeDates(text: string): FoundDate[] {
  const found: { at: number; date: FoundDate }[] = [];
  const add = (at: number, y: string, m: number, d: string, raw: string) => {
    const iso = `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (!('error' in parseReleaseDate(iso))) found.push({ at, date: { iso, text: raw } });
  };
  for (const m of text.matchAll(DAY_FIRST)) add(m.index, m[3]!, MONTH_INDEX.get(key(m[2]!))!, m[1]!, m[0]);
  for (const m of text.matchAll(MONTH_FIRST)) add(m.index, m[3]!, MONTH_INDEX.get(key(m[1]!))!, m[2]!, m[0]);
  for (const m of text.matchAll(ISO)) add(m.index, m[1]!, Number(m[2]), m[3]!, m[0]);
  return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}

// "Posted: 12 June 2017", "Publié le 12 juin 2017", "Fecha: 12 de junio de 2017", or the date alone.
const DATE_LABEL = /^(?:posted|published|publication|date|publié|publicado|fecha)(?:\s+(?:on|le|el))?\s*:?\s*/i;
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS.join('|')}),?\\s+`, 'i');

/** A line that holds nothing but one complete date, maybe labelled ("Posted: 12 June 2017"): the release's date. */
export function dateLine(line: string): FoundDate | undefined {
  const rest = line.trim().replace(DATE_LABEL, '').replace(/^(?:on|le|el)\s+/i, '').replace(WEEKDAY, '').replace(/\.$/, '').trim();
  const dates = completeDates(rest);
  return dates.length === 1 && dates[0]!.text.trim() === rest ? dates[0] : undefined;
}

/** The date only when exactly one distinct complete date is written; otherwise none (never a guess). */
export function unambiguousDate(text: string): FoundDate | undefined {
  const dates = completeDates(text);
  return new Set(dates.map((d) => d.iso)).size === 1 ? dates[0] : undefined;
}

export interface Dateline {
  /** The place, as written: "Pérou", "Lima". */
  place: string;
  /** A complete date written in the dateline, if any. */
  date?: FoundDate;
  /** The dateline exactly as it opened the paragraph, separator included. */
  raw: string;
  /** The paragraph without it. */
  rest: string;
}

// A place may end with an abbreviation in capitals and full stops: "Washington, D.C.".
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|del|la|las|los|el|du|des|of))*(?:,\\s+(?:\\p{Lu}\\.){2,})?";
// The agency's name in brackets after the place or the date: "Genève (OIM) – ", "LIMA, 2 de diciembre de 2016 (OIM) – ".
const TAG = String.raw`(?:\s*\(\p{Lu}{2,6}\))?`;
// "Pérou – Texte", "Peru - Text", "GENÈVE — Texte"
// … and "Port-au-Prince, Haïti – Texte": a town and its country.
// … and "Ginebra / Lima – Texte": two places.
const PLACE_DASH = new RegExp(`^(${PLACE}(?:,\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?|\\s*\\/\\s*${PLACE})?)${TAG}\\s+[–—-]{1,2}\\s+(?=\\S)`, 'u');
// "Lima, 2 de diciembre de 2016.- Texte", "Lima 21, de julio de2018.-Texte", "Ginebra, 3 de marzo de 2015 – Texte",
// "Dakar, 12 avril 2016 : Texte"
const PLACE_DATE = new RegExp(`^(${PLACE})${TAG},?\\s+([^–—(:]*?\\d{4})${TAG}\\s*\\.?\\s*(?:[-–—]+|:)\\s*`, 'u');

// "Bogotá, 9 de marzo - Texte", "Dakar, le 12 avril – Texte", "Geneva, October 2 - Text": a day without a year,
// part of the dateline but not a date to publish under.
const PLACE_DAY = new RegExp(
  `^(${PLACE})${TAG},?\\s+((?i:le\\s+|el\\s+|on\\s+)?(?:\\d{1,2}(?:er|º|°)?\\s+(?:de\\s+)?(?i:${MONTH_WORDS})|(?i:${MONTH_WORDS})\\s+\\d{1,2}))${TAG}\\s*\\.?\\s*[-–—]+\\s*(?=\\S)`,
  'u',
);
// "Today, 31 January – …" opens with a time, not a place.
const NOT_PLACES = new Set(['today', 'yesterday', 'tomorrow', "aujourd'hui", "aujourd’hui", 'hier', 'demain', 'hoy', 'ayer', 'mañana', ...WEEKDAYS]);

/** Reads a dateline at the start of the first paragraph. */
export function parseDateline(paragraph: string): Dateline | undefined {
  // A dateline is short: only the paragraph's start is searched, which keeps the patterns linear on long paragraphs.
  const head = paragraph.slice(0, 160);
  const withDate = PLACE_DATE.exec(head);
  if (withDate && completeDates(withDate[2]!).length === 1) {
    return { place: withDate[1]!, date: completeDates(withDate[2]!)[0], raw: withDate[0], rest: paragraph.slice(withDate[0].length) };
  }
  const day = PLACE_DAY.exec(head);
  if (day && day[1]!.split(/\s+/).length <= 4 && !NOT_PLACES.has(day[1]!.toLowerCase())) return { place: day[1]!, raw: day[0], rest: paragraph.slice(day[0].length) };
  const dash = PLACE_DASH.exec(head);
  if (dash && dash[1]!.split(/\s+/).length <= 5) {
    return { place: dash[1]!, raw: dash[0], rest: paragraph.slice(dash[0].length) };
  }
  return undefined;
}

const countryNames = new Map<string, string>();
/** Each country's names in the three languages (and British English), as key()s of whole words. */
const namesOfCountry = new Map<string, Set<string>>();
function loadCountryNames(): Map<string, string> {
  if (countryNames.size === 0) {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const lang of [...LANGS, 'en-GB'] as const) {
      const dn = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' });
      for (const a of letters) {
        for (const b of letters) {
          const code = a + b;
          const name = dn.of(code);
          if (name && name !== code && isCountryCode(code)) {
            countryNames.set(key(name), code);
            namesOfCountry.set(code, (namesOfCountry.get(code) ?? new Set()).add(wordsKey(name)));
          }
        }
      }
    }
  }
  return countryNames;
}

/** key() with anything but letters and digits turned into single spaces, and a space at each end. */
function wordsKey(text: string): string {
  return ` ${key(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** The ISO code of a country named in any of the three languages ("Pérou", "Peru", "Perú" → PE). */
export function countryCode(place: string, _lang?: Lang): string | undefined {
  // "Port-au-Prince, Haïti": the country after the town.
  return loadCountryNames().get(key(place)) ?? loadCountryNames().get(key(place.split(',').at(-1)!.trim()));
}

/**
 * Whether `text` names the country `code` in any of the site's languages ("Pérou", "Peru", "Perú"): a dateline
 * sometimes names another country than the story (the office that wrote it), which the text then never names.
 */
export function namesCountry(text: string, code: string): boolean {
  loadCountryNames();
  const words = wordsKey(text);
  return [...(namesOfCountry.get(code) ?? [])].some((name) => words.includes(name));
}

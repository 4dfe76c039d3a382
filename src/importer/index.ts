// importRelease(): one archived plain-text release → a content file in the site's schema, checked to have lost no word.
import { releaseSchema, DATE_NEEDED, type ReleaseType } from '../release/schema.ts';
import type { Lang } from '../lib/languages.ts';
import { parseReleaseDate } from '../lib/dates.ts';
import { readFrontMatter } from '../release/front-matter.ts';
import { formatRelease, NEEDS_REVIEW } from '../release/file-format.ts';
import { slugify } from '../lib/slug.ts';
import { structure, type Block, type Structure } from './structure.ts';
import { parseContactBlock } from './contacts.ts';
import { countryCode, namesCountry, parseDateline, unambiguousDate, type Dateline } from './datelines.ts';
import { decodeReferences, detectLanguage, lines, looksLikeMarkup, repairText, words, type Encoding, type Removal, type Repair } from './text.ts';

export interface ImportOptions {
  lang?: Lang;
  /** YYYY-MM-DD or YYYY-MM, from the command line. */
  date?: string;
  type?: ReleaseType;
  /** The input's file name, named in the output's notes. */
  source?: string;
  /** How the file's bytes were read (decodeText), when it was not UTF-8: reported, and noted in the output. */
  encoding?: Encoding;
  /** Lines that open or close many files of the batch being imported (batchFurniture()): the website's, removed. */
  furniture?: ReadonlySet<string>;
}

/** How a file came through: read whole, read with something to check, written as a draft an author must finish, or not read. */
export type Outcome = 'clean' | 'warnings' | 'needs review' | 'failed';

export interface ImportResult {
  /** A file was written (clean, with warnings, or as a draft that needs review). */
  ok: boolean;
  outcome: Outcome;
  /** Why the file was written as a draft: what needs an author's eye. Also the first lines of its notes. */
  review: string[];
  lang?: Lang;
  /** "fr/2017-l-oim-au-perou-forme-des-procureurs.md", relative to the output folder. */
  path?: string;
  markdown?: string;
  /** Front-matter fields found in the text. */
  fields: string[];
  removals: Removal[];
  repairs: Repair[];
  warnings: string[];
  errors: string[];
}

const MAX_SLUG = 60;
const MAX_TITLE = 300;
/** Where a title too long is cut for the draft's front matter (it is kept whole in the text). */
const CUT_TITLE = 150;

/** Whether the file was read from something other than UTF-8, which the report and the file then say. */
const reencoded = (options: ImportOptions) => options.encoding !== undefined && options.encoding !== 'UTF-8';

export function importRelease(raw: string, options: ImportOptions = {}): ImportResult {
  const result: ImportResult = { ok: false, outcome: 'failed', review: [], fields: [], removals: [], repairs: [], warnings: [], errors: [] };
  if (/^\uFEFF?\s*---\s*\n[\s\S]*?\n---/.test(raw)) {
    result.errors.push('this file already has front matter: it is a content file (perhaps written by the importer), not an archived release; edit it directly');
    return result;
  }
  if (raw.includes('\u0000')) {
    result.errors.push('this is not a text file');
    return result;
  }
  const s = structure(raw, { furniture: options.furniture });
  result.removals = s.removals;
  result.repairs = [...(reencoded(options) ? [{ from: `text in ${options.encoding}`, to: 'UTF-8' }] : []), ...s.repairs];
  result.warnings.push(...s.warnings);
  if (!s.title) {
    result.errors.push('no title was found: the file is empty');
    return result;
  }
  if (s.blocks.length === 0) result.review.push('no text was found after the title: write the release below the front matter');
  // A title too long is most likely a line of the website the importer did not recognise: the draft gets it cut,
  // and the text keeps it whole, as its first paragraph.
  const longTitle = s.title.length > MAX_TITLE ? s.title : undefined;
  if (longTitle) {
    s.title = cutTitle(longTitle);
    s.blocks.unshift({ kind: 'paragraph', items: [longTitle], line: s.segments.find((x) => x.kind === 'title')!.line });
    result.review.push(`title: the line taken for the title is ${longTitle.length} characters long (${MAX_TITLE} at most); it is cut here and kept whole as the first paragraph: write the title`);
  }

  const bodyText = s.blocks.flatMap((b) => b.items).join('\n');
  const lang = options.lang ?? detectLanguage(`${s.title}\n${bodyText}`);
  result.lang = lang;

  // Dateline: moved from the first paragraph to its own field, as written — only when the text opens with that
  // paragraph: a dateline after a heading or a list stays in the text, where the author sees it.
  const firstParagraph = s.blocks.find((b) => b.kind === 'paragraph');
  const dateline = firstParagraph && firstParagraph === s.blocks[0] ? parseDateline(firstParagraph.items[0]!) : undefined;
  if (dateline && firstParagraph) {
    firstParagraph.items[0] = dateline.rest;
    result.fields.push('dateline');
  }

  // Date: from the command line, else a line holding only the date, a complete date in the dateline or the first
  // sentence; never guessed.
  let date: string = DATE_NEEDED;
  let dateNote = 'no complete date (day, month and year) was found: the build stops with "date needed" until an author writes the date';
  if (options.date) {
    if ('error' in parseReleaseDate(options.date)) {
      result.errors.push(`--date ${options.date}: ${(parseReleaseDate(options.date) as { error: string }).error}`);
      return result;
    }
    date = options.date;
    dateNote = 'given on the command line';
  } else {
    const firstSentence = firstParagraph?.items[0]?.split(/(?<=[.!?])\s/)[0] ?? '';
    const found = s.dateLine ?? dateline?.date ?? unambiguousDate(firstSentence);
    if (found) {
      date = found.iso;
      dateNote = found === s.dateLine ? `from the line holding only the date, "${found.text}"` : `from the text: "${found.text}"`;
      result.fields.push('date');
      if (s.dateLine && dateline?.date && dateline.date.iso !== s.dateLine.iso) {
        result.warnings.push(`date: the date line says ${s.dateLine.iso} and the dateline ${dateline.date.iso}; the date line's was taken: check it`);
      }
    } else result.warnings.push('date needed: no complete date in the dateline or first sentence');
  }

  const contacts = s.contactBlock ? parseContactBlock(s.contactBlock) : undefined;
  if (contacts) {
    result.warnings.push(...contacts.warnings);
    if (contacts.contacts.length) result.fields.push('contacts');
    else result.review.push('contacts: no contact could be read from the contact block; it is kept as text at the end of the release: write the contacts in the contacts field');
  }
  const country = dateline ? countryCode(dateline.place, lang) : undefined;
  if (country) result.fields.push('countries');
  // The title and the text, without the dateline (taken out of the first paragraph above).
  const story = [s.title ?? '', ...s.blocks.flatMap((b) => b.items)].join(' ');
  if (country && dateline && !namesCountry(story, country)) {
    result.warnings.push(`countries: ${country} comes from the dateline "${dateline.place}", which the text does not name again: check that the release is about ${dateline.place}`);
  }
  const type = options.type ?? s.type ?? 'communique';
  if (s.type) result.fields.push('type');
  if (s.scope) result.fields.push('scope');
  result.fields.unshift('title');

  for (const b of s.blocks) for (const item of b.items) if (looksLikeMarkup(item)) result.warnings.push(`line ${b.line}: text that looks like markup was kept as written: "${item.slice(0, 80)}"`);

  const data = {
    title: s.title,
    lang,
    date,
    type,
    ...(s.scope ? { scope: s.scope } : {}),
    ...(dateline ? { dateline: dateline.place } : {}),
    ...(country ? { countries: [country] } : {}),
    ...(contacts?.contacts.length ? { contacts: contacts.contacts } : {}),
  };
  let leftovers = contacts?.leftovers ?? [];
  const checked = releaseSchema.safeParse({ ...data, date: date === DATE_NEEDED ? '2000-01-01' : date });
  if (!checked.success) {
    const fields = [...new Set(checked.error.issues.map((i) => String(i.path[0])))];
    if (fields.every((f) => f === 'contacts')) {
      // Contacts the schema refuses are kept as the text they were read from.
      delete (data as { contacts?: unknown }).contacts;
      leftovers = [s.contactBlock!.replace(/\n/g, ' ')];
      result.review.push(`contacts: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}; the contact block is kept as text at the end of the release: write the contacts in the contacts field`);
    } else {
      result.errors.push(...checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
      return result;
    }
  }

  let markdown = writeFile({ s, data, dateline, dateNote, contacts: leftovers, options, review: result.review });
  const loss = lostWords(raw, s, markdown, dateline, leftovers, longTitle);
  if (loss) {
    // What the importer could not account for word by word is written as received, one paragraph a line.
    result.review.push(`text: ${loss.replace(/ — the file was not written$/, '')}; the text below is the file as received, one paragraph a line: remove what is not the release's and join its paragraphs`);
    markdown = writeFile({ s: { ...s, blocks: asReceived(raw), caption: undefined, contactBlock: undefined, labels: undefined }, data: { title: s.title, lang, date, type, draft: true }, dateNote, contacts: [], options, review: result.review });
  }
  const year = date === DATE_NEEDED ? '' : `${date.slice(0, 4)}-`;
  result.path = `${lang}/${year}${slugOf(s.title)}.md`;
  result.markdown = markdown;
  result.ok = true;
  result.outcome = result.review.length ? 'needs review' : result.warnings.length ? 'warnings' : 'clean';
  return result;
}

/** A title cut at a word boundary, for a draft whose title line was too long. */
function cutTitle(title: string): string {
  const cut = title.slice(0, CUT_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : CUT_TITLE).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Every line of the input that holds text, as a paragraph of its own. */
function asReceived(raw: string): Block[] {
  return lines(raw).flatMap((text, n) => (text.trim() === '' ? [] : [{ kind: 'paragraph' as const, items: [decodeReferences(text.trim()).text], line: n + 1 }]));
}

/** An ASCII slug from the title, cut at a word boundary. */
export function slugOf(title: string): string {
  const full = slugify(title) || 'communique';
  if (full.length <= MAX_SLUG) return full;
  const cut = full.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG);
}

function writeFile(p: {
  s: Structure;
  data: Record<string, unknown> & { date: string };
  dateline?: Dateline;
  dateNote: string;
  contacts: string[];
  options: ImportOptions;
  review: string[];
}): string {
  const { s, data } = p;
  return formatRelease({ ...data, ...(p.review.length ? { draft: true } : {}), notes: notesOf(p) }, body(s.blocks, s.caption, p.contacts));
}

/**
 * What the importer knows of where the file came from, for the newsroom (never published): why it is a draft, the
 * archive's labels, how the date was found, the dateline and the contact block as written. One fact a line; the
 * contact block as received comes last, whole.
 */
function notesOf(p: { s: Structure; dateline?: Dateline; dateNote: string; options: ImportOptions; review: string[] }): string {
  const { s, dateline } = p;
  return [
    ...(p.review.length ? [NEEDS_REVIEW, ...p.review.map((r) => `- ${r}`)] : []),
    `Imported from ${p.options.source ?? 'an archived release'} by the Communiqués importer${reencoded(p.options) ? ` (read as ${p.options.encoding})` : ''}.`,
    ...(s.labels ? [`${NOTE.labels}: ${s.labels}`] : []),
    `Date: ${p.dateNote}.`,
    ...(dateline ? [`${NOTE.dateline}: "${dateline.raw.trim()}"`] : []),
    ...(s.contactBlock ? [`${NOTE.contacts}:`, s.contactBlock] : []),
  ].join('\n');
}

const NOTE = { labels: 'Labels in the archive', dateline: 'Dateline as written', contacts: 'Contact block as received' } as const;

/** A line of the notes ("Dateline as written: …"), or the contact block (the rest of the notes). */
function noteOf(notes: string, which: keyof typeof NOTE): string {
  if (which === 'contacts') {
    const at = notes.indexOf(`\n${NOTE.contacts}:\n`);
    return at === -1 ? '' : notes.slice(at + NOTE.contacts.length + 3);
  }
  const line = notes.split('\n').find((l) => l.startsWith(`${NOTE[which]}: `));
  return line ? line.slice(NOTE[which].length + 2) : '';
}

/** Markdown for the blocks; characters Markdown would read as syntax are escaped so the text shows as written. */
function body(blocks: Block[], caption: string | undefined, leftovers: string[]): string {
  const out: string[] = [];
  if (caption) out.push(`*${escapeInline(caption)}*`);
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(`## ${escapeInline(b.items[0]!)}`);
    else if (b.kind === 'list') out.push(b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeInline(item)}`).join('\n'));
    else if (b.items[0]!.trim() !== '') out.push(escapeBlock(b.items[0]!));
  }
  if (leftovers.length) out.push(leftovers.map(escapeInline).join(' — '));
  return out.join('\n\n') + '\n';
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/&(?=#?\w+;)/g, '\\&');
}

function escapeBlock(text: string): string {
  return escapeInline(text)
    .replace(/^(#{1,6}\s|[-+=]\s|>)/, '\\$1')
    .replace(/^(\d{1,9})([.)]\s)/, '$1\\$2');
}

/**
 * The lossless check. The words of the input, minus what was reported removed (and with reported
 * repairs applied), must be the words of the written file — labels, title, caption, dateline, body
 * and contact block, in the input's order. Any difference fails the file.
 */
export function lostWords(raw: string, s: Structure, markdown: string, dateline: Dateline | undefined, leftovers: string[], longTitle?: string): string | undefined {
  const removed = new Set(s.segments.filter((x) => ['menu', 'furniture', 'title-repeat', 'date-line', 'related-links'].includes(x.kind)).flatMap((x) => x.lines));
  const want: string[] = [];
  lines(raw).forEach((line, index) => {
    const n = index + 1;
    if (removed.has(n)) return;
    let kept = decodeReferences(line).text;
    for (const r of s.removals) if (r.line === n && r.text) kept = kept.replace(r.text, ' ');
    want.push(...words(repairText(kept).text));
  });

  const fm = readFrontMatter(markdown, 'import');
  if ('problems' in fm) return `the written file cannot be read back: ${fm.problems[0]!.message}`;
  const notes = typeof fm.data.notes === 'string' ? fm.data.notes : '';
  const bodyWords = words(fm.body.replace(/\\([\\`*_[\]<>|&#+=.)-])/g, '$1'));
  const leftoverWords = words(leftovers.join(' '));
  const captionWords = s.caption ? words(s.caption) : [];
  const actual = [
    ...(s.labels ? words(noteOf(notes, 'labels')) : []),
    // A title too long was cut in the front matter and kept whole as the first paragraph.
    ...(longTitle ? [] : words(String(fm.data.title ?? ''))),
    // The caption is the body's first paragraph; in the input it comes before the dateline.
    ...captionWords,
    ...(dateline ? words(noteOf(notes, 'dateline')) : []),
    ...bodyWords.slice(captionWords.length, bodyWords.length - leftoverWords.length),
    ...(s.contactBlock ? words(noteOf(notes, 'contacts')) : []),
  ];
  if (leftoverWords.join(' ') !== bodyWords.slice(bodyWords.length - leftoverWords.length).join(' ')) {
    return 'lossless check failed: the unread part of the contact block is not at the end of the text — the file was not written';
  }
  for (let k = 0; k < Math.max(want.length, actual.length); k++) {
    if (want[k] !== actual[k]) {
      return `lossless check failed at word ${k + 1}: the input has "${want[k] ?? '(end)'}", the output "${actual[k] ?? '(end)'}" — the file was not written`;
    }
  }
  return undefined;
}


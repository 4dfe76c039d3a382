// Checks every release file together (layout, front matter, cross-file clashes) and lists all problems at once.
import { EVENT_TYPES, releaseSchema, type ReleaseData } from './schema.ts';
import { imagePath } from './image-path.ts';
import { readFrontMatter, schemaProblems, type Problem } from './front-matter.ts';
import { isLang, type Lang } from '../lib/languages.ts';
import { offsetOf, parseInstant, releaseDate, zoneOffset } from '../lib/dates.ts';
import { releasePath } from '../lib/routes.ts';
import { isCountryCode } from '../lib/countries.ts';

/** A file under content/communiques/, as read from disk. */
export interface SourceFile {
  /** Path shown to authors, e.g. "content/communiques/fr/2017-procureurs.md". */
  file: string;
  /** Path inside the communiqués folder, e.g. "fr/2017-procureurs.md". */
  relative: string;
  bytes: Uint8Array;
}

export interface CheckedRelease {
  file: string;
  /** The collection id Astro gives the entry ("fr/2017-procureurs"). */
  id: string;
  data: ReleaseData;
  body: string;
  bodyLine: number;
  /** The line of a front-matter field, for problems found across files. */
  lineOf: (path: readonly PropertyKey[]) => number;
  slug: string;
  path: string;
}

export interface CheckOptions {
  /** Languages the site publishes. */
  languages: readonly Lang[];
  /** Topic slugs defined in content/topics.yml. */
  topics: ReadonlySet<string>;
  /** Largest release file accepted, in bytes. */
  maxBytes?: number;
  /** Whether a file exists, given its path relative to the release file (the hero image); checked only when given. */
  fileExists?: (release: string, path: string) => boolean;
}

const NAME_RE = /^(?:(\d{4})-)?([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const MAX_BYTES = 1024 * 1024;

export function checkReleases(files: readonly SourceFile[], options: CheckOptions): {
  releases: CheckedRelease[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const releases = checkEach(files, options, problems);
  problems.push(...clashes(releases));
  return { releases, problems };
}

function checkEach(files: readonly SourceFile[], options: CheckOptions, problems: Problem[]): CheckedRelease[] {
  return files.flatMap((f) => {
    const checked = checkOne(f, options, problems);
    return checked ? [checked] : [];
  });
}

/** Checks one file alone (no cross-file clashes): what the dev server does when a file changes. */
export function checkRelease(f: SourceFile, options: CheckOptions): { release?: CheckedRelease; problems: Problem[] } {
  const problems: Problem[] = [];
  const release = checkOne(f, options, problems);
  return { release, problems };
}

function checkOne(f: SourceFile, options: CheckOptions, problems: Problem[]): CheckedRelease | undefined {
  const file = f.file;
  const parts = f.relative.split('/');
  const folder = parts[0]!;
  const name = parts.at(-1)!;
  if (!name.endsWith('.md')) {
    problems.push({ file, message: 'is not a Markdown file: releases are .md files; move other files out of content/communiques/' });
    return;
  }
  if (parts.length !== 2 || !isLang(folder)) {
    problems.push({
      file,
      message: `is not in a language folder: put it in content/communiques/<lang>/ where <lang> is one of ${options.languages.join(', ')}`,
    });
    return;
  }
  const nameMatch = NAME_RE.exec(name);
  if (!nameMatch) {
    problems.push({
      file,
      message: 'has a file name that cannot become a URL: use lower-case ASCII letters, digits and hyphens, e.g. 2017-procureurs-traite.md',
    });
    return;
  }
  if (f.bytes.length > (options.maxBytes ?? MAX_BYTES)) {
    const mb = (f.bytes.length / 1024 / 1024).toFixed(1);
    problems.push({ file, message: `is ${mb} MB; a release is at most 1 MB of text: split it, or link large documents instead` });
    return;
  }
  if (f.bytes.includes(0)) {
    problems.push({ file, message: 'is not a text file (it contains binary data): save the release as UTF-8 text' });
    return;
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
  } catch {
    problems.push({ file, message: 'is not valid UTF-8 text: save the file as UTF-8' });
    return;
  }
  const fm = readFrontMatter(source, file);
  if ('problems' in fm) {
    problems.push(...fm.problems);
    return;
  }
  const parsed = releaseSchema.safeParse(fm.data);
  if (!parsed.success) {
    problems.push(...schemaProblems(parsed.error.issues, fm, file));
    return;
  }
  const data = parsed.data;
  let ok = true;
  const report = (field: string, path: PropertyKey[], message: string) => {
    problems.push({ file, field, line: fm.lineOf(path), message });
    ok = false;
  };
  if (data.lang !== folder) {
    report('lang', ['lang'], `is "${data.lang}" but the file is in the "${folder}" folder: move the file or correct the language`);
  }
  if (!options.languages.includes(data.lang)) {
    report('lang', ['lang'], `"${data.lang}" is not a language of this site (${options.languages.join(', ')}): add it to src/site.config.ts`);
  }
  const year = releaseDate(data.date).year;
  if (nameMatch[1] !== undefined && Number(nameMatch[1]) !== year) {
    report('date', ['date'], `is in ${year} but the file name starts with ${nameMatch[1]}: rename the file or correct the date`);
  }
  data.countries.forEach((code, i) => {
    if (!isCountryCode(code)) report(`countries.${i}`, ['countries', i], `"${code}" is not an ISO 3166-1 country code`);
  });
  data.topics.forEach((topic, i) => {
    if (!options.topics.has(topic)) {
      report(`topics.${i}`, ['topics', i], `"${topic}" is not a known topic: add it to content/topics.yml with its label in each language`);
    }
  });
  if (data.image) {
    if (/^([a-z][a-z0-9+.-]*:|\/)/i.test(data.image.src)) {
      report('image.src', ['image', 'src'], 'must be a file in content/images/ (or a path relative to the release), not an address');
    } else {
      data.image.src = imagePath(data.image.src);
      if (options.fileExists && !options.fileExists(file, data.image.src)) {
        report('image.src', ['image', 'src'], `"${data.image.src}" was not found: put the image in content/images/`);
      }
    }
  }
  if (data.event) {
    const event = data.event;
    if (!(EVENT_TYPES as readonly string[]).includes(data.type)) {
      report('event', ['event'], `only a release of type ${EVENT_TYPES.join(' or ')} announces an event: change its type, or remove the event`);
    }
    if (event.end && parseInstant(event.end)! < parseInstant(event.start)!) report('event.end', ['event', 'end'], 'is before the start: correct the date, the time or the offset');
    if (!event.place && !event.online) report('event', ['event'], 'says neither where (place) nor how to follow it online (online): add one of them');
    if (event.timezone) {
      for (const field of ['start', 'end'] as const) {
        const value = event[field];
        if (!value) continue;
        const offset = zoneOffset(parseInstant(value)!, event.timezone);
        if (offset !== offsetOf(value)) {
          report(`event.${field}`, ['event', field], `is written with the offset ${offsetOf(value)}, but ${event.timezone} is at ${offset} then: correct the offset or the time zone`);
        }
      }
    }
  }
  // A draft may wait for its text (an imported file that needs review, a release being written); a release to
  // publish may not.
  if (fm.body.trim() === '' && !data.draft) {
    problems.push({ file, line: fm.bodyLine, message: 'has no text: write the release below the front matter' });
    ok = false;
  }
  if (!ok) return;
  const slug = nameMatch[2]!;
  return {
    file,
    id: f.relative.replace(/\.md$/, ''),
    data,
    body: fm.body,
    bodyLine: fm.bodyLine,
    lineOf: fm.lineOf,
    slug,
    path: releasePath(data.lang, year, slug),
  };
}

/** Two files claiming one URL, one alias, or one translation slot. */
function clashes(releases: readonly CheckedRelease[]): Problem[] {
  const problems: Problem[] = [];
  const urls = new Map<string, string>();
  // A URL is claimed by a release's own path, or by one of its aliases (a field, with its line).
  const claim = (url: string, r: CheckedRelease, alias?: number) => {
    const other = urls.get(url);
    if (other !== undefined && other !== r.file) {
      const where = alias === undefined ? { what: 'its URL' } : { what: 'the alias', field: `aliases.${alias}`, line: r.lineOf(['aliases', alias]) };
      const { what, ...at } = where;
      problems.push({ file: r.file, ...at, message: `${what} ${url} is already used by ${other}: give one of them another URL` });
    } else urls.set(url, r.file);
  };
  for (const r of releases) claim(r.path, r);
  for (const r of releases) r.data.aliases.forEach((alias, i) => claim(withSlash(alias), r, i));

  const translations = new Map<string, string>();
  for (const r of releases) {
    if (!r.data.translationKey) continue;
    const key = `${r.data.lang}:${r.data.translationKey}`;
    const other = translations.get(key);
    if (other !== undefined) {
      problems.push({
        file: r.file,
        field: 'translationKey',
        line: r.lineOf(['translationKey']),
        message: `"${r.data.translationKey}" is also used by ${other} in the same language: each language has one version of a release`,
      });
    } else translations.set(key, r.file);
  }
  return problems;
}

function withSlash(path: string): string {
  return /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
}

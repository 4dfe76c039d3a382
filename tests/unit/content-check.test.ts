import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReleases, type SourceFile } from '../../src/release/content-check.ts';
import { formatProblems } from '../../src/release/front-matter.ts';

const options = { languages: ['fr', 'en', 'es'] as const, topics: new Set(['counter-trafficking']) };

function file(relative: string, text: string | Uint8Array): SourceFile {
  return {
    file: `content/communiques/${relative}`,
    relative,
    bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
  };
}

const valid = `---
title: Un titre
lang: fr
date: 2017-01-31
---

Le texte.
`;

function check(...files: SourceFile[]) {
  const result = checkReleases(files, { ...options, languages: [...options.languages] });
  return { ...result, text: formatProblems(result.problems) };
}

describe('checking release files', () => {
  it('accepts the bundled seed releases', () => {
    const dir = 'content/communiques/fr';
    const files = readdirSync(dir).map((name) => file(`fr/${name}`, readFileSync(`${dir}/${name}`)));
    const { releases, problems } = checkReleases(files, {
      languages: ['fr', 'en', 'es'],
      topics: new Set(['counter-trafficking', 'capacity-building']),
    });
    expect(problems).toEqual([]);
    expect(releases.map((r) => r.path).sort()).toEqual([
      '/2007/service-telephonique-traite-maintenu/',
      '/2017/procureurs-traite-perou/',
    ]);
  });

  it('applies defaults and derives the URL from the year and file name', () => {
    const { releases } = check(file('fr/2017-un-titre.md', valid));
    expect(releases[0]).toMatchObject({ slug: 'un-titre', path: '/2017/un-titre/', data: { type: 'communique', draft: false } });
  });

  it('names the file and the field of a missing title', () => {
    const { text } = check(file('fr/2017-x.md', valid.replace('title: Un titre\n', '')));
    expect(text).toContain('content/communiques/fr/2017-x.md');
    expect(text).toMatch(/title: is required/);
  });

  it('refuses unknown keys, naming the key and its line', () => {
    const { problems } = check(file('fr/2017-x.md', valid.replace('lang: fr', 'lang: fr\ntitel: Typo')));
    expect(problems).toEqual([expect.objectContaining({ field: 'titel', line: 4 })]);
  });

  it('gives the line of a field inside a list', () => {
    const text = valid.replace('lang: fr', 'lang: fr\ncontacts:\n  - name: A\n    email: not-an-address');
    const { problems } = check(file('fr/2017-x.md', text));
    expect(problems).toEqual([expect.objectContaining({ field: 'contacts.0.email', line: 6 })]);
  });

  it.each([
    ['date: 2017-02-30', 'date', 'does not exist'],
    ['date: date-needed', 'date', 'date needed'],
    ['date: 2017-01-31\nembargo: 2026-03-01T09:00:00', 'embargo', 'with its timezone'],
    ['date: 2017-01-31\ncountries: PE', 'countries', 'must be a list'],
    ['date: 2017-01-31\ncountries: [ZZ]', 'countries.0', 'not an ISO 3166-1'],
    ['date: 2017-01-31\ntopics: [unknown-topic]', 'topics.0', 'content/topics.yml'],
    ['date: 2017-01-31\ntype: press', 'type', 'must be one of'],
    ['date: 2017-01-31\ndraft: yes', 'draft', 'true or false'],
    ['date: 2017-01-31\nsource: javascript:alert(1)', 'source', 'https://'],
  ])('explains a bad value: %s', (replacement, field, words) => {
    const { problems, text } = check(file('fr/2017-x.md', valid.replace('date: 2017-01-31', replacement)));
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(text).toContain(words);
  });

  it('refuses a language that does not match the folder', () => {
    const { text } = check(file('en/2017-x.md', valid));
    expect(text).toContain('is "fr" but the file is in the "en" folder');
  });

  it('refuses a file outside a language folder, or not Markdown', () => {
    const { problems } = check(file('2017-x.md', valid), file('fr/2017-x.txt', valid), file('de/2017-x.md', valid));
    expect(problems).toHaveLength(3);
  });

  it('refuses a year in the file name that differs from the date', () => {
    const { text } = check(file('fr/2016-x.md', valid));
    expect(text).toContain('starts with 2016');
  });

  it('reports YAML syntax errors with their line', () => {
    const { problems } = check(file('fr/2017-x.md', valid.replace('lang: fr', 'lang: fr: x')));
    expect(problems[0]).toMatchObject({ file: 'content/communiques/fr/2017-x.md', line: 3 });
    expect(problems[0]!.message).toContain('not valid YAML');
  });

  it('refuses a file with no front matter, an empty body, binary data', () => {
    expect(check(file('fr/2017-x.md', 'Just text')).text).toContain('has no front matter');
    expect(check(file('fr/2017-x.md', valid.replace('Le texte.', ''))).text).toContain('has no text');
    expect(check(file('fr/2017-x.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0, 1, 2]))).text).toContain('not a text file');
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    const { problems, releases } = check(file('fr/2017-x.md', '\uFEFF' + valid.replace(/\n/g, '\r\n')));
    expect(problems).toEqual([]);
    expect(releases[0]!.data.title).toBe('Un titre');
  });

  it('names both files when two releases claim one URL, alias or translation, with the field’s line', () => {
    const a = file('fr/2017-x.md', valid.replace('lang: fr', 'lang: fr\ntranslationKey: k\naliases: [/old/]'));
    const b = file('fr/x.md', valid.replace('lang: fr', 'lang: fr\ntranslationKey: k'));
    const c = file('fr/2017-y.md', valid.replace('lang: fr', 'lang: fr\naliases: [/old]'));
    const { text } = check(a, b, c);
    expect(text).toContain('content/communiques/fr/x.md — its URL /2017/x/ is already used by content/communiques/fr/2017-x.md');
    expect(text).toContain('content/communiques/fr/2017-y.md:4 — aliases.0: the alias /old/ is already used by content/communiques/fr/2017-x.md');
    expect(text).toContain('content/communiques/fr/x.md:4 — translationKey: "k" is also used by content/communiques/fr/2017-x.md');
  });
});

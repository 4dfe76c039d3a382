// Properties over generated input (fast-check): the renderer, the typography, the content check and the importer
// hold their promises for input nobody wrote by hand. FUZZ_RUNS raises the number of cases (default 200 each);
// the seed is fixed in CI (FUZZ_SEED to replay one), random elsewhere, and printed with any failure.
import fc from 'fast-check';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it, vi } from 'vitest';
import { createMarkdown } from '../../src/markdown/index.ts';
import { createEnv, MarkdownContentError } from '../../src/markdown/env.ts';
import { typeset } from '../../src/lib/typeset.ts';
import { LANGS, type Lang } from '../../src/lib/languages.ts';
import { checkReleases } from '../../src/release/content-check.ts';
import { releaseSchema } from '../../src/release/schema.ts';
import { importRelease } from '../../src/importer/index.ts';
import { decodeReference } from '../../src/lib/html-text.ts';
import { archiveText } from '../helpers/archive-text.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI ? 20261204 : undefined;
const settings = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };
// Each property's cases run in one test: its time grows with FUZZ_RUNS (a few ms a case).
vi.setConfig({ testTimeout: Math.max(30_000, runs * 20) });
const lang = fc.constantFrom<Lang>(...LANGS);

// ---------------------------------------------------------------------------------------------------------------
// Renderer

/** URLs with every scheme, in the encodings an attacker would try. */
const url = fc.constantFrom(
  'https://example.org/a?b=1&c=2',
  'http://example.org',
  '/2017/x/',
  '#section',
  'mailto:a@example.org',
  'tel:+41227179111',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x61;script:alert(1)',
  '&#106;avascript:alert(1)',
  ' javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz4=',
  'file:///etc/passwd',
  '//evil.example/x',
  '%6a%61%76%61%73%63%72%69%70%74:alert(1)',
);
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9’'-]{1,12}$/);
const text = fc.array(fc.oneof(word, fc.constantFrom(' ', ' : ', ' ; ', ' « ', ' » ', '"', "'", ' 1 144 ', ' 70 % ', ' OIM ', '\u202e', '\u200b', '\u0007', '\u2028', '&amp;', '&lt;b&gt;', '*', '_', '`', '\\')), { maxLength: 20 }).map((parts) => parts.join(''));
const rawHtml = fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<iframe src="https://evil.example"></iframe>', '<a href="javascript:alert(1)">x</a>', '<svg onload=alert(1)>', '<style>body{}</style>', '<!-- c -->', '<b onclick="x()">b</b>');
const chart = fc.oneof(
  fc.constant('```chart\ntitle: Cas\nlabels: [2015, 2016]\nseries:\n  - name: Cas\n    values: [889, 1144]\n```'),
  fc.constant('```chart\ntitle: Cas\ncsv: |\n  an,Cas\n  2015,889\n```'),
  fc.constant('```chart\ntitle: Cas\nlabels: [a]\nseries: [{name: s, values: [oops]}]\n```'),
  fc.constant('```chart\ntitle: [unclosed\n```'),
  fc.constant('```chart\n```'),
  fc.tuple(text, fc.array(fc.double({ noNaN: false }), { minLength: 1, maxLength: 4 })).map(([title, values]) => `\`\`\`chart\ntitle: ${JSON.stringify(title || 'T')}\nlabels: [${values.map((_, i) => i).join(', ')}]\nseries:\n  - name: s\n    values: [${values.join(', ')}]\n\`\`\``),
);
const block = fc.oneof(
  text,
  text.map((t) => `# ${t}`),
  text.map((t) => `### ${t}`),
  fc.tuple(text, url).map(([t, u]) => `[${t || 'lien'}](${u})`),
  fc.tuple(text, url).map(([t, u]) => `![${t}](${u})`),
  url.map((u) => `<${u}>`),
  url,
  rawHtml,
  fc.tuple(text, text).map(([a, b]) => `- ${a}\n- ${b}`),
  fc.tuple(text, text).map(([a, b]) => `1. ${a}\n2. ${b}`),
  text.map((t) => `> ${t}`),
  fc.integer({ min: 1, max: 60 }).map((n) => `${'>'.repeat(n)} profond`),
  fc.integer({ min: 1, max: 40 }).map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')),
  fc.tuple(text, text).map(([a, b]) => `| ${a} | ${b} |\n|---|--:|\n| 1 | 2 |`),
  text.map((t) => `Note[^1].\n\n[^1]: ${t}`),
  fc.constantFrom('note', 'hotline 0800-2-3232', 'quote Jane Doe, porte-parole', 'hotline', 'quote').chain((kind) => text.map((t) => `::: ${kind}\n${t}\n:::`)),
  chart,
  text.map((t) => `\`\`\`\n${t}\n\`\`\``),
  fc.integer({ min: 1000, max: 20000 }).map((n) => 'a'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const markdown = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'));

const ELEMENTS = new Set(
  'P H2 H3 H4 H5 H6 DIV SPAN A STRONG EM CODE PRE BLOCKQUOTE UL OL LI TABLE THEAD TBODY TR TH TD CAPTION FIGURE FIGCAPTION IMG ASIDE SECTION HR BR SUP ABBR DETAILS SUMMARY SVG TITLE LINE TEXT RECT POLYLINE CIRCLE S'.split(' '),
);
const ATTRIBUTES = new Set(
  'id class href title lang hreflang rel start tabindex style aria-hidden aria-label aria-labelledby aria-describedby role scope colspan rowspan __astro_image_ astro_image_ viewbox xmlns x x1 x2 y y1 y2 cx cy r width height points fill text-anchor dominant-baseline data-footnote-ref data-footnote-backref'.split(' '),
);

/** A URL as a browser reads it: character references decoded, whitespace and control characters dropped. */
function asBrowserReads(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => decodeReference(whole, name) ?? whole).replace(/[\s\u0000-\u001f]/g, '');
}

function* elements(root: HTMLElement): Generator<HTMLElement> {
  for (const child of root.childNodes) {
    if (child.nodeType !== 1) continue;
    yield child as HTMLElement;
    yield* elements(child as HTMLElement);
  }
}

describe('the renderer, on generated Markdown', () => {
  const md = createMarkdown({ glossaries: {} });
  const render = (source: string, l: Lang) => md.render(source, createEnv(l, { country: 'PE' }));

  it('renders or fails with a named error and a line; the HTML holds only allowed, inert markup; twice gives the same HTML', () => {
    fc.assert(
      fc.property(markdown, lang, (source, l) => {
        let html: string;
        try {
          html = render(source, l);
        } catch (error) {
          expect(error).toBeInstanceOf(MarkdownContentError);
          expect((error as MarkdownContentError).line).toEqual(expect.any(Number));
          return;
        }
        expect(render(source, l)).toBe(html);
        for (const el of elements(parse(html))) {
          expect(ELEMENTS.has(el.tagName), `<${el.tagName}> in ${html}`).toBe(true);
          for (const [name, value] of Object.entries(el.attributes)) {
            expect(ATTRIBUTES.has(name.toLowerCase()), `${name}= in ${html}`).toBe(true);
            expect(name.toLowerCase().startsWith('on')).toBe(false);
            if (name === 'href' || name === 'src') expect(asBrowserReads(value)).not.toMatch(/^(javascript|vbscript|data):/i);
          }
        }
      }),
      settings,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Typography

const prose = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', ' : ', ':', ' ; ', ' ! ', '?', ' « ', '«', '»', ' » ', ' 1 144 ', '70 %', '8 500 km', "l'OIM", '\u00a0', '\u202f', '—', '.', ',')), { maxLength: 30 }).map((p) => p.join(''));
const wordsOf = (s: string) => s.replace(/’/g, "'").match(/[\p{L}\p{N}]+/gu) ?? [];

describe('typography, on generated text', () => {
  it('keeps every word and digit, changes only spaces and apostrophes, and changes nothing the second time', () => {
    fc.assert(
      fc.property(prose, lang, (input, l) => {
        const once = typeset(input, l);
        expect(wordsOf(once)).toEqual(wordsOf(input));
        expect(once.replace(/[\s\u00a0\u202f]/g, '').replace(/’/g, "'")).toBe(input.replace(/[\s\u00a0\u202f]/g, '').replace(/’/g, "'"));
        expect(typeset(once, l)).toBe(once);
      }),
      settings,
    );
  });

  it('leaves code and addresses in a release untouched', () => {
    const md = createMarkdown({ glossaries: {} });
    fc.assert(
      fc.property(prose, lang, (input, l) => {
        // A code span as CommonMark reads it: one space stripped from each side when both have one.
        const code = input.replace(/[`\n]/g, '');
        if (code.trim() === '') return;
        const html = md.render(`Voir \`${code}\` et https://example.org/a'b?c=1 ou a.b@example.org.`, createEnv(l));
        const inside = /^ .* $/.test(code) ? code.slice(1, -1) : code;
        expect(html).toContain(`<code>${md.utils.escapeHtml(inside)}</code>`);
        expect(html).toContain('https://example.org/a\'b?c=1');
        expect(html).toContain('a.b@example.org');
      }),
      settings,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Content check

const FIELDS = ['title', 'lang', 'date', 'type', 'scope', 'dateline', 'countries', 'topics', 'summary', 'image', 'glossary', 'contacts', 'translationKey', 'draft', 'embargo', 'updates', 'aliases', 'source', 'titel', 'extra'];
const yamlValue = fc.oneof(
  fc.constantFrom('Un titre', 'fr', 'en', '2017-01-31', '2017-02-30', '2017-13', '2017-01', 'communique', 'global', '[PE, EC]', '[ZZ]', '[counter-trafficking]', '[nope]', 'true', 'false', 'yes', '~', 'null', '""', '2026-03-01T09:00:00+01:00', '2026-03-01T09:00:00', '[/fr/old]', 'https://example.org', 'javascript:alert(1)', '{ OIM: Organisation }', '[{ name: Jane, email: jane@example.org }]', '[{ email: x }]', '{ src: photo.jpg, alt: Photo }', '[{ date: 2017-02-02, note: Corrigé }]', '[{ date: 2017-02-02T10:30:00+01:00, note: x }]', '[{ date: hier, note: x }]', '[{ date: 2017-02 }]', '&a [1, 2]', '*a', '!!binary aGVsbG8=', '{ a: { b: { c: { d: [[[[1]]]] } } } }', '123', '1e400', '"\\u202e"'),
  fc.string({ maxLength: 30 }).map((s) => JSON.stringify(s)),
  fc.integer({ min: 1, max: 300 }).map((n) => `[${'['.repeat(n)}${']'.repeat(n)}]`),
  fc.integer({ min: 1, max: 5000 }).map((n) => JSON.stringify('x'.repeat(n))),
);
const frontMatter = fc.array(fc.tuple(fc.constantFrom(...FIELDS), yamlValue), { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n'));

describe('the content check, on generated front matter', () => {
  it('never crashes, never accepts what the schema refuses, and names the file and line of every problem (and its field, when it is one)', () => {
    fc.assert(
      fc.property(frontMatter, fc.boolean(), (yaml, closed) => {
        const file = 'content/communiques/fr/2017-essai.md';
        const source = `---\n${yaml}\n${closed ? '---\n\nLe texte.\n' : ''}`;
        const { releases, problems } = checkReleases([{ file, relative: 'fr/2017-essai.md', bytes: new TextEncoder().encode(source) }], { languages: ['fr', 'en', 'es'], topics: new Set(['counter-trafficking']) });
        for (const release of releases) expect(releaseSchema.safeParse(release.data).success).toBe(true);
        expect(releases.length + (problems.length > 0 ? 1 : 0)).toBe(1);
        for (const p of problems) {
          expect(p.file).toBe(file);
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.line, `${p.field}: ${p.message}`).toEqual(expect.any(Number));
        }
      }),
      settings,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Importer

const archive = archiveText(1, 25);

describe('the importer, on generated archive-like text', () => {
  it('keeps every word or reports it removed (else fails the file, saying why), and gives the same bytes twice', () => {
    fc.assert(
      fc.property(archive, fc.constantFrom<Lang | undefined>('fr', 'en', 'es', undefined), (raw, l) => {
        const first = importRelease(raw, { lang: l, date: '2017-01-31' });
        const second = importRelease(raw, { lang: l, date: '2017-01-31' });
        expect(second).toEqual(first);
        if (!first.ok) {
          expect(first.errors.length).toBeGreaterThan(0);
          // The importer's own lossless check, or reading back what it wrote, failing is a bug, not an outcome.
          expect(first.errors.join('\n')).not.toMatch(/lossless check failed|cannot be read back/);
          return;
        }
        expect(first.errors).toEqual([]);
        expect(first.markdown).toMatch(/^---\n/);
      }),
      settings,
    );
  });
});

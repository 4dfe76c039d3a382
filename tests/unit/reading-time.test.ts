import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, wordsOf } from '../../src/markdown/reading-time.ts';
import { htmlToText } from '../../src/lib/html-text.ts';
import { createMarkdown } from '../../src/markdown/index.ts';
import { readGlossaries } from '../../src/markdown/glossary-files.ts';
import { createEnv } from '../../src/markdown/env.ts';

/** The definition countWords follows, as a regular expression. */
const byRegex = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

describe('countWords', () => {
  it.each([
    ['', 0],
    ['  ', 0],
    ['Lima, 12 juin 2017', 4],
    ['l’OIM et l\'OIT', 3],
    ['Jean-Marc, 2017-2018', 2],
    ['a--b', 2],
    ["a'-b", 2],
    ['-début fin-', 2],
    ['Perú: niñas y niños', 4],
    ['Ελληνικά русский 中文', 3],
    ['x² ½ Ⅻ', 3],
    ['𝐀𝐁 𝐂', 2],
    ['e\u0301te\u0301', 2],
    ['« Protéger » — dit-elle.', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(byRegex(text)).toBe(words);
  });

  it('counts as the regular expression does on every release of the bundled content', () => {
    const dir = join(import.meta.dirname, '../../content/communiques');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(countWords(text), f).toBe(byRegex(text));
    }
  });
});

describe('wordsOf', () => {
  it.each([
    ['<p>l’<em>OIM</em> et Jean-<strong>Marc</strong></p>', 3],
    ['<p>l&#8217;OIT, l&#x2019;ONU, l&apos;UE</p>', 3],
    ['<p>a&amp;b &lt;b&gt; c</p>', 4],
    // A reference it does not know stays as written: its name and digits are words.
    ['<p>a &nbsp; b &unknown; &#99999999;</p>', 4],
    ['a < b', 2],
    ['<p>𝐀𝐁 &#x1D400;</p>', 2],
  ])('%j has %i words, as its text has', (html, words) => {
    expect(wordsOf(html)).toBe(words);
    expect(countWords(htmlToText(html))).toBe(words);
  });

  it('counts the words of the text of every rendered release of the bundled content', () => {
    const dir = join(import.meta.dirname, '../../content/communiques');
    const md = createMarkdown({ glossaries: readGlossaries(join(import.meta.dirname, '../../content')) });
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
      const html = md.render(readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''), createEnv('fr', {}));
      expect(wordsOf(html), f).toBe(countWords(htmlToText(html)));
      expect(wordsOf(html), f).toBeGreaterThan(100);
    }
  });
});

describe('readingMinutes', () => {
  it('is at least one minute, at each language’s speed', () => {
    expect(readingMinutes(0, 'fr')).toBe(1);
    expect(readingMinutes(1000, 'fr')).toBe(5);
    expect(readingMinutes(1000, 'en')).toBe(4);
  });
});

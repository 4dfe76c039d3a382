import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint, markdownIt } from '../../src/markdown/processor.ts';
import { readFixtures } from '../helpers/fixtures.ts';

// One file per plugin (and "core" for markdown-it's own behaviour as we configure it).
const FIXTURES = ['core', 'headings'];

const renderer = await markdownIt().createRenderer({});

describe.each(FIXTURES)('markdown fixtures: %s', (name) => {
  const path = `tests/fixtures/markdown/${name}.txt`;
  it.each(readFixtures(path).map((c) => [`${c.name} (line ${c.line})`, c] as const))('%s', async (_, c) => {
    const { code } = await renderer.render(c.input, { frontmatter: { lang: c.options.lang ?? 'fr' } });
    expect(code).toBe(c.expected);
  });
});

describe('the processor', () => {
  it('reports headings with their ids and depths', async () => {
    const { metadata } = await renderer.render('# Un\n\n## Deux `code`\n', { frontmatter: { lang: 'fr' } });
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'un', text: 'Un' },
      { depth: 3, slug: 'deux-code', text: 'Deux code' },
    ]);
  });

  it('passes the front matter back to Astro', async () => {
    const frontmatter = { lang: 'en', title: 'T' };
    const { metadata } = await renderer.render('x', { frontmatter });
    expect(metadata.frontmatter).toBe(frontmatter);
  });

  it('keys Astro’s content cache on its own code and glossaries, so an edited plugin re-renders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    mkdirSync(join(dir, 'code/plugins'), { recursive: true });
    mkdirSync(join(dir, 'content/glossary'), { recursive: true });
    writeFileSync(join(dir, 'code/plugins/a.ts'), 'export default 1;');
    const before = fingerprint(join(dir, 'code'), join(dir, 'content'));
    expect(fingerprint(join(dir, 'code'), join(dir, 'content'))).toBe(before);
    writeFileSync(join(dir, 'code/plugins/a.ts'), 'export default 2;');
    const afterCode = fingerprint(join(dir, 'code'), join(dir, 'content'));
    expect(afterCode).not.toBe(before);
    writeFileSync(join(dir, 'content/glossary/fr.yml'), 'OIM: Organisation internationale pour les migrations');
    expect(fingerprint(join(dir, 'code'), join(dir, 'content'))).not.toBe(afterCode);
    expect(markdownIt().options.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});

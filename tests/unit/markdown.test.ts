import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fingerprint, markdownIt } from '../../src/markdown/processor.ts';
import { readFixtures } from '../helpers/fixtures.ts';
import { wordsOf } from '../../src/markdown/reading-time.ts';
import { bodyFactsOf } from '../../src/markdown/facts.ts';
import { niceScale } from '../../src/markdown/chart.ts';
import { tempDir } from '../helpers/temp.ts';

// One file per plugin ("core" is markdown-it's own behaviour as we configure it). A case whose
// expected output starts with "ERROR " expects rendering to fail with that message.
const FIXTURES = ['core', 'headings', 'typography', 'acronyms', 'links', 'figures', 'callouts', 'charts', 'footnotes-tables'];

// The fixtures' own glossary, so that editing the site's glossary does not change them.
const renderer = await markdownIt({ contentDir: 'tests/fixtures/markdown' }).createRenderer({});
const render = (input: string, lang = 'fr') => renderer.render(input, { frontmatter: { lang, countries: ['PE'] } });

describe.each(FIXTURES)('markdown fixtures: %s', (name) => {
  const path = `tests/fixtures/markdown/${name}.txt`;
  it.each(readFixtures(path).map((c) => [`${c.name} (line ${c.line})`, c] as const))('%s', async (_, c) => {
    if (c.expected.startsWith('ERROR ')) {
      await expect(render(c.input, c.options.lang)).rejects.toThrow(c.expected.slice(6).trimEnd());
    } else {
      expect((await render(c.input, c.options.lang)).code).toBe(c.expected);
    }
  });
});

describe('the processor', () => {
  it('reports headings with their ids, depths and typeset text', async () => {
    const { metadata } = await render('# Un\n\n## Deux `code` : fin\n');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'un', text: 'Un' },
      { depth: 3, slug: 'deux-code-fin', text: 'Deux code\u00a0: fin' },
    ]);
  });

  it('counts the words readers read (reading time), leaving out the headings’ anchor labels', async () => {
    const { code, metadata } = await render('L’OIM et l’ONU : deux-cents mots, ou presque.\n\n## Titre\n');
    // Astro keeps whatever else a processor reports beside the fields it knows.
    const { words } = metadata as typeof metadata & { words?: number };
    // L’OIM, et, l’ONU, deux-cents, mots, ou, presque, Titre.
    expect(words).toBe(8);
    expect(wordsOf(code)).toBeGreaterThan(8);
  });

  it('reports the figures as written: file, alt text, typeset caption and credit', async () => {
    const { metadata } = await render('![Des procureurs](formation.jpg "Formation à Lima. © OIM 2017")\n\nTexte ![icône](./i.png) en ligne.\n\n![Seule](./seule.png)\n');
    expect(bodyFactsOf(metadata).figures).toEqual([
      { src: '../../images/formation.jpg', alt: 'Des procureurs', caption: 'Formation à Lima.', credit: '© OIM 2017' },
      { src: './seule.png', alt: 'Seule', caption: '' },
    ]);
  });

  it('reports each chart’s data as parsed, in order', async () => {
    const chart = (title: string) => `\`\`\`chart\ntitle: ${title}\nlabels: [2015, 2016]\nseries:\n  - name: Cas\n    values: [889, 1144]\n\`\`\`\n`;
    const { metadata } = await render(`${chart('Un')}\n${chart('Deux')}`);
    expect(bodyFactsOf(metadata).charts).toEqual([
      { title: 'Un', kind: 'bar', labels: ['2015', '2016'], series: [{ name: 'Cas', values: [889, 1144] }] },
      { title: 'Deux', kind: 'bar', labels: ['2015', '2016'], series: [{ name: 'Cas', values: [889, 1144] }] },
    ]);
  });

  it('reports the first paragraph’s text as the summary: not a heading, figure or tight list item', async () => {
    const { metadata } = await render('# Titre\n\n![Photo](x.jpg)\n\n- un\n- deux\n\nL’OIM et le **HCR**, [oui](/2017/x/).\n\nSecond.\n');
    expect(bodyFactsOf(metadata).summary).toBe('L’OIM et le HCR, oui.');
    expect(bodyFactsOf((await render('# Titre seul\n')).metadata).summary).toBe('');
  });

  it('reports local images for Astro’s image pipeline, once each', async () => {
    const { metadata } = await render('![a](x.jpg)\n\n![b](x.jpg)\n\n![c](./y.png)\n');
    expect(metadata.localImagePaths).toEqual(['../../images/x.jpg', './y.png']);
    expect(metadata.remoteImagePaths).toEqual([]);
  });

  it('lets a release add to and override the glossary', async () => {
    const { code } = await renderer.render('OIM et MINJUS.', {
      frontmatter: { lang: 'fr', glossary: { OIM: 'Organisation internationale', MINJUS: 'Ministère de la Justice' } },
    });
    expect(code).toContain('<abbr title="Organisation internationale">OIM</abbr>');
    expect(code).toContain('<abbr title="Ministère de la Justice">MINJUS</abbr>');
  });

  it('keeps no state between renders', async () => {
    const first = await render('OIM\n\n```chart\ntitle: A\nlabels: [x]\nseries: [{name: s, values: [1]}]\n```\n');
    const second = await render('OIM\n\n```chart\ntitle: A\nlabels: [x]\nseries: [{name: s, values: [1]}]\n```\n');
    expect(second.code).toBe(first.code);
    expect((await render('"a"', 'en')).code).toBe('<p>“a”</p>\n');
    expect((await render('"a"', 'fr')).code).toBe('<p>«\u202fa\u202f»</p>\n');
  });

  it('names the file and the line of a content error', async () => {
    const dir = tempDir('release-');
    const file = join(dir, '2017-x.md');
    const body = 'Intro.\n\n```chart\ntitle: A\nlabels: [x]\nseries: [{name: s, values: [oops]}]\n```';
    writeFileSync(file, `---\ntitle: T\nlang: fr\ndate: 2017-01-01\n---\n\n\n${body}\n`);
    await expect(renderer.render(body, { frontmatter: { lang: 'fr' }, fileURL: new URL(`file://${file}`) })).rejects.toThrow(
      /2017-x\.md:13 — chart: series\.0\.values\.0: must be a number/,
    );
  });

  it('passes a Markdown page’s front matter back to Astro, and keeps no second copy of a release’s', async () => {
    const frontmatter = { lang: 'en', title: 'T' };
    const page = await renderer.render('x', { frontmatter, fileURL: pathToFileURL('src/pages/about.md') });
    expect(page.metadata.frontmatter).toBe(frontmatter);
    const release = await renderer.render('x', { frontmatter, fileURL: pathToFileURL('tests/fixtures/markdown/communiques/en/2017-x.md') });
    expect(release.metadata.frontmatter).toEqual({});
  });

  it('keys Astro’s content cache on its own code and glossaries, so an edited plugin re-renders', () => {
    const dir = tempDir('fingerprint-');
    mkdirSync(join(dir, 'code/plugins'), { recursive: true });
    mkdirSync(join(dir, 'content/glossary'), { recursive: true });
    writeFileSync(join(dir, 'code/plugins/a.ts'), 'export default 1;');
    const before = fingerprint([join(dir, 'code')], join(dir, 'content'));
    expect(fingerprint([join(dir, 'code')], join(dir, 'content'))).toBe(before);
    writeFileSync(join(dir, 'code/plugins/a.ts'), 'export default 2;');
    const afterCode = fingerprint([join(dir, 'code')], join(dir, 'content'));
    expect(afterCode).not.toBe(before);
    writeFileSync(join(dir, 'content/glossary/fr.yml'), 'OIM: Organisation internationale pour les migrations');
    expect(fingerprint([join(dir, 'code')], join(dir, 'content'))).not.toBe(afterCode);
    expect(markdownIt().options.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports a content error with its file and the line in the file', async () => {
    const dir = tempDir('release-');
    const path = join(dir, '2017-x.md');
    const body = 'Intro.\n\n```chart\ntitle: A\nlabels: [x]\nseries: [{name: s, values: [oops]}]\n```';
    writeFileSync(path, `---\ntitle: T\nlang: fr\ncountries: [PE]\ndate: 2017-01-01\n---\n\n${body}\n`);
    await expect(renderer.render(body, { frontmatter: { lang: 'fr' }, fileURL: pathToFileURL(path) })).rejects.toThrow(/2017-x\.md:13 — chart: series\.0\.values\.0: must be a number/);
  });
});

describe('chart axes', () => {
  it('use round steps, and a unit step when the range is too small for floating point', () => {
    expect(niceScale(0, 1144)).toEqual([0, 1250, 250]);
    expect(niceScale(-3, 7)).toEqual([-4, 8, 2]);
    expect(niceScale(0, 5e-324)).toEqual([0, 1, 1]);
  });
});

// Each plugin's options change its output as documented (plugins used alone, on a bare markdown-it).
import markdownit from 'markdown-it';
import { describe, expect, it } from 'vitest';
import headings from '../../src/markdown/plugins/headings.ts';
import figures from '../../src/markdown/plugins/figures.ts';
import links from '../../src/markdown/plugins/links.ts';
import charts from '../../src/markdown/plugins/charts.ts';
import tables from '../../src/markdown/plugins/tables.ts';
import typography from '../../src/markdown/plugins/typography.ts';
import acronyms from '../../src/markdown/plugins/acronyms.ts';
import callouts from '../../src/markdown/plugins/callouts.ts';
import footnotes from '../../src/markdown/plugins/footnotes.ts';
import { createEnv } from '../../src/markdown/env.ts';

const env = (lang: 'fr' | 'en' | 'es' = 'fr') => createEnv(lang);

describe('plugin options', () => {
  it('headings: topLevel', () => {
    const md = markdownit().use(headings, { topLevel: 3 });
    expect(md.render('# A\n\n## B', env())).toBe('<h3 id="a">A</h3>\n<h4 id="b">B</h4>\n');
  });

  it('figures: imagesDir, widths and sizes', () => {
    const md = markdownit().use(figures, { imagesDir: './media/', widths: [300], sizes: '50vw' });
    const html = md.render('![x](a.jpg)', env());
    expect(html).toContain('&quot;src&quot;:&quot;./media/a.jpg&quot;');
    expect(html).toContain('&quot;widths&quot;:[300],&quot;sizes&quot;:&quot;50vw&quot;');
  });

  it('links: siteUrl decides what is external, externalLabel what readers hear', () => {
    const md = markdownit().use(links, { siteUrl: 'https://news.example.org', externalLabel: { en: 'elsewhere' } });
    expect(md.render('[a](https://news.example.org/x)', env('en'))).not.toContain('external');
    expect(md.render('[a](https://other.example.org/x)', env('en'))).toContain('<span class="visually-hidden"> (elsewhere)</span>');
  });

  it('charts: the fence info that marks a chart, and the labels', () => {
    const md = markdownit().use(charts, { info: 'graph', labels: { fr: { source: 'D’après', data: 'Tableau', label: '{title}' } } });
    const spec = 'title: T\nsource: S\nlabels: [a]\nseries: [{name: n, values: [1]}]\n';
    expect(md.render('```chart\n' + spec + '```', env())).toContain('<pre><code class="language-chart">');
    const html = md.render('```graph\n' + spec + '```', env());
    expect(html).toContain('<p class="chart__source">D’après S</p>');
    expect(html).toContain('<summary>Tableau</summary>');
  });

  it('tables: the region label per language', () => {
    const md = markdownit().use(tables, { label: { es: 'Tabla de datos' } });
    expect(md.render('| a |\n|---|\n| 1 |', env('es'))).toContain('aria-label="Tabla de datos"');
  });

  it('typography: quotes per language', () => {
    const md = markdownit().use(typography, { quotes: { fr: ['<<', '>>', '<', '>'], en: ['“', '”', '‘', '’'], es: ['«', '»', '“', '”'] } });
    expect(md.render('"a"', env())).toBe('<p>&lt;&lt;a&gt;&gt;</p>\n');
  });

  it('acronyms: glossaries per language', () => {
    const md = markdownit().use(typography).use(acronyms, { glossaries: { es: { OIM: 'Organización Internacional para las Migraciones' } } });
    expect(md.render('OIM', env('es'))).toContain('<abbr title="Organización Internacional para las Migraciones">OIM</abbr>');
    expect(md.render('OIM', env('fr'))).not.toContain('<abbr');
  });

  it('callouts: default titles per language', () => {
    const md = markdownit().use(callouts, { labels: { en: { note: 'Please note', hotline: 'Call' } } });
    expect(md.render('::: note\nx\n:::', env('en'))).toContain('<p class="callout__title">Please note</p>');
    expect(md.render('::: hotline +41 22 717 9111\nx\n:::', env('en'))).toContain('href="tel:+41227179111"');
  });

  it('footnotes: labels per language', () => {
    const md = markdownit().use(footnotes, { labels: { es: { title: 'Notas al pie', back: 'Volver' } } });
    const html = md.render('a[^1]\n\n[^1]: b', env('es'));
    expect(html).toContain('aria-label="Notas al pie"');
    expect(html).toContain('aria-label="Volver"');
  });
});

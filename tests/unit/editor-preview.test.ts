import { describe, expect, it } from 'vitest';
import { previewHtml } from '../../src/editor/preview.ts';
import { switchPrecision } from '../../src/editor/date-field.ts';
import { createMarkdown } from '../../src/markdown/index.ts';
import { readGlossaries } from '../../src/markdown/glossary-files.ts';

// The editor's preview runs in the author's browser with the glossaries the page gives it, and no file system.
const md = createMarkdown({ glossaries: readGlossaries('content') });
const assets: Record<string, string> = { 'formation.jpg': 'blob:preview/formation' };
const assetUrl = (src: string) => assets[src];

describe('the editor’s preview', () => {
  it('draws the release as its page does: labels, title, dateline and date in the author’s language, the text typeset', () => {
    const html = previewHtml(md, { title: 'L’OIM : « bilan »', lang: 'fr', date: '2007-08', type: 'statement', scope: 'local', dateline: 'Lima', body: 'L’OIM forme 12 000 procureurs : « voici ».' }, assetUrl);
    expect(html).toContain('<span class="label">Déclaration</span> <span class="label label--quiet">Local</span>');
    expect(html).toContain('<h1 class="release__title">L’OIM\u00a0: «\u202fbilan\u202f»</h1>');
    expect(html).toContain('<span class="release__dateline">Lima</span>');
    expect(html).toContain('<time datetime="2007-08">août 2007</time>');
    expect(html).toContain('<abbr title="Organisation internationale pour les migrations">OIM</abbr>');
    expect(html).toContain('12\u202f000 procureurs\u00a0: «\u202fvoici\u202f».');
  });

  it('draws charts and callouts with the site’s markup, and images from the files the editor holds', () => {
    const body = '![Procureurs en formation](formation.jpg "Lima. © OIM")\n\n```chart\ntitle: Cas\nlabels: [2014, 2015]\nseries:\n  - name: Cas\n    values: [552, 889]\n```\n';
    const html = previewHtml(md, { title: 'T', lang: 'en', date: '2017-01-31', body }, assetUrl);
    expect(html).toContain('<img src="blob:preview/formation" alt="Procureurs en formation">');
    expect(html).not.toContain('__ASTRO_IMAGE_');
    expect(html).toMatch(/<figure class="chart chart--bar"[\s\S]*<svg/);
  });

  it('says what the build would refuse, with its line, instead of the text', () => {
    const html = previewHtml(md, { title: 'T', lang: 'es', date: '2017-01-31', body: 'Uno.\n\n![](formation.jpg)\n' }, assetUrl);
    expect(html).toMatch(/<p class="preview-banner" role="alert">Línea 3 del texto: image &quot;[^&]*formation\.jpg&quot; has no alt text/);
    expect(html).not.toContain('<p>Uno.</p>');
  });

  it('shows markup an author typed as text, in the text and in the fields', () => {
    const html = previewHtml(md, { title: '<script>alert(1)</script>', lang: 'fr', date: '2017-01-31', dateline: '<b>Lima</b>', body: '<img src=x onerror=alert(1)> et <script>alert(2)</script>' }, assetUrl);
    expect(html).not.toMatch(/<script|<img src=x|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Lima&lt;/b&gt;');
  });

  it('still draws a release being written: no date yet, no text yet', () => {
    const html = previewHtml(md, { title: 'Conférence', lang: 'fr' }, assetUrl);
    expect(html).toContain('<h1 class="release__title">Conférence</h1>');
    expect(html).toContain('<div class="prose"></div>');
  });
});

describe('the release date in the editor', () => {
  it('keeps the month of a date when the author says only the month is known, and asks for a day when they say it is known', () => {
    expect(switchPrecision('2007-08-15', true)).toBe('2007-08');
    expect(switchPrecision('2007-08', true)).toBe('2007-08');
    expect(switchPrecision('', true)).toBe('');
    expect(switchPrecision('2007-08', false)).toBe('');
    expect(switchPrecision('2007-08-15', false)).toBe('2007-08-15');
  });
});

// Forty-odd kinds of bad input: each either stops the build with a message naming its file, field and line, or is published safely.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildCases, readCases } from '../helpers/bad-content.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { feedItems, relaxNgErrors } from '../helpers/xml.ts';

const cases = readCases();

describe('the bad-input corpus', () => {
  it('has every case it was written with, each with a known outcome', () => {
    expect(cases).toHaveLength(64);
    expect(cases.filter((c) => c.outcome === 'safe')).toHaveLength(13);
  });

  describe.each(['fails', 'fails-render'] as const)('cases that must stop the build (%s)', (outcome) => {
    it.each(cases.filter((c) => c.outcome === outcome).map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const build = await buildCases(outcome);
      expect(build.code).not.toBe(0);
      const lines = build.output.split('\n').filter((l) => c.files.some((f) => l.includes(f)) || l.includes(c.tag));
      expect(lines.length, `a message names ${c.files.join(', ')}`).toBeGreaterThan(0);
      for (const words of c.expected) expect(lines.join('\n')).toContain(words);
      // Where the input has a line, the message gives it right after the file's name ("file.md:5 — field: …").
      if (c.noLine === undefined) {
        const [at] = c.expected;
        expect(at, 'expected.txt starts with ":line — " or says "no line: why"').toMatch(/^:\d+ — /);
        expect(lines.some((l) => c.files.some((f) => l.includes(`${f}${at}`))), `a message reads ${c.files[0]}${at}`).toBe(true);
      }
    });
  });

  describe('cases that must be published safely', () => {
    it.each(cases.filter((c) => c.outcome === 'safe').map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const build = await buildCases('safe');
      expect(build.code, build.output).toBe(0);
      const pages = htmlPages(build.outDir).filter((p) => p.endsWith('/index.html') && c.files.some((f) => p.includes(f.replace(/^\w\w\/(\d{4}-)?/, '').replace(/\.md$/, ''))));
      expect(pages.length, 'its page exists').toBeGreaterThan(0);
      for (const page of pages) {
        const html = readPage(build.outDir, page);
        for (const words of c.expected) expect(html).toContain(words);
      }
    });

    it('leave no script, event handler or dangerous URL in any page, e-mail editions included', async () => {
      const build = await buildCases('safe');
      const pages = htmlPages(build.outDir);
      expect(pages.filter((p) => p.endsWith('/email.html')).length).toBeGreaterThanOrEqual(9);
      // The editor at /admin/ is the project's own page, not content: its one script is checked in seeds.test.ts.
      for (const page of pages.filter((p) => !p.endsWith('admin/index.html'))) expectInert(readPage(build.outDir, page), page);
    });

    it('leave feeds valid, and their bodies as inert as the pages (feed readers render them as HTML)', async () => {
      const build = await buildCases('safe');
      const feeds = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)(rss|atom)\.xml$/.test(f));
      expect(feeds.length).toBeGreaterThanOrEqual(2);
      let bodies = 0;
      for (const feed of feeds) {
        const xml = readFileSync(join(build.outDir, feed), 'utf8');
        const format = feed.endsWith('rss.xml') ? 'rss' : 'atom';
        expect(relaxNgErrors(xml, format), feed).toEqual([]);
        for (const item of feedItems(xml, format)) {
          expectInert(item.content, `${feed}: ${item.url}`);
          bodies++;
        }
      }
      expect(bodies).toBeGreaterThanOrEqual(9);
      // The titles are text: an escaped tag, never a live one.
      expect(readFileSync(join(build.outDir, 'atom.xml'), 'utf8')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('leave each vCard one card of known properties, the injected text kept as values', async () => {
      const build = await buildCases('safe');
      const cards = readdirSync(join(build.outDir, 'contacts')).filter((f) => f.endsWith('.vcf'));
      const injected = cards.map((f) => readFileSync(join(build.outDir, 'contacts', f), 'utf8')).filter((t) => t.includes('onerror=alert(5)'));
      expect(injected).toHaveLength(1);
      for (const text of injected) {
        const card = new ICAL.Component(ICAL.parse(text));
        expect(card.name).toBe('vcard');
        expect(new Set(card.getAllProperties().map((p) => p.name))).toEqual(new Set(['version', 'uid', 'fn', 'org', 'title', 'lang', 'kind']));
        expect(card.getFirstPropertyValue('org')).toContain('<iframe src=javascript:alert(7)>');
        expect(card.getFirstPropertyValue('fn')).toBe('<img src=x onerror=alert(5)>');
        expect(card.getFirstPropertyValue('title')).toBe('"><script>alert(6)</script>');
      }
    });

    it('leave _redirects one rule a line and the text editions free of terminal control characters', async () => {
      const build = await buildCases('safe');
      for (const line of readFileSync(join(build.outDir, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))) {
        expect(line, line).toMatch(/^\/\S* \S+ 301$/);
      }
      const editions = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|md)$/.test(f) && f !== 'robots.txt');
      expect(editions.length).toBeGreaterThanOrEqual(9);
      for (const file of editions) expect(readFileSync(join(build.outDir, file), 'utf8'), file).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/);
    });
  });
});

/** No event handler, no script (but JSON-LD and the search page's own files), no frame, no dangerous URL. */
function expectInert(html: string, where: string): void {
  for (const el of parse(html).querySelectorAll('*')) {
    for (const [name, value] of Object.entries(el.attributes)) {
      expect(name.startsWith('on'), `${where}: <${el.tagName} ${name}>`).toBe(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
        expect(value.replace(/[\s\u0000-\u001f]/g, ''), `${where}: ${name}`).not.toMatch(/^(javascript|vbscript|data):/i);
      }
    }
    if (el.tagName === 'SCRIPT' && el.getAttribute('type') !== 'application/ld+json') {
      expect(el.getAttribute('src'), where).toBe('/search.js');
      expect(el.innerHTML.trim(), where).toBe('');
    }
    expect(['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName), where).toBe(false);
  }
}

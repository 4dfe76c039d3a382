// Forty-odd kinds of bad input: each either stops the build with a message naming its file, field and line, or is published safely.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildCases, readCases } from '../helpers/bad-content.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';

const cases = readCases();

describe('the bad-input corpus', () => {
  it('has at least forty cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(['fails', 'fails-render'] as const)('cases that must stop the build (%s)', (outcome) => {
    it.each(cases.filter((c) => c.outcome === outcome).map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const build = await buildCases(outcome);
      expect(build.code).not.toBe(0);
      const lines = build.output.split('\n').filter((l) => c.files.some((f) => l.includes(f)) || l.includes(c.tag));
      expect(lines.length, `a message names ${c.files.join(', ')}`).toBeGreaterThan(0);
      for (const words of c.expected) expect(lines.join('\n')).toContain(words);
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

    it('leave no script, event handler or dangerous URL in any page', async () => {
      const build = await buildCases('safe');
      for (const page of htmlPages(build.outDir)) {
        const doc = parse(readPage(build.outDir, page));
        for (const el of doc.querySelectorAll('*')) {
          for (const [name, value] of Object.entries(el.attributes)) {
            expect(name.startsWith('on'), `${page}: <${el.tagName} ${name}>`).toBe(false);
            if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
              expect(value.replace(/[\s\u0000-\u001f]/g, ''), `${page}: ${name}`).not.toMatch(/^(javascript|vbscript|data):/i);
            }
          }
          // The only scripts: JSON-LD data, and on search pages Pagefind's files.
          if (el.tagName === 'SCRIPT' && el.getAttribute('type') !== 'application/ld+json') {
            expect(['/pagefind/pagefind-ui.js', '/search.js'], page).toContain(el.getAttribute('src'));
            expect(el.innerHTML.trim(), page).toBe('');
          }
          expect(['IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName), page).toBe(false);
        }
      }
    });
  });
});

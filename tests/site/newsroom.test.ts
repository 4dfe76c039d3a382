// The test newsroom (three languages, translations, many releases): listings, taxonomies, translations and navigation.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';

const dist = inject('newsroomDist');
const pages = htmlPages(dist);
const docs = new Map<string, HTMLElement>(pages.map((p) => [p, parse(readPage(dist, p))]));
const site = 'https://communiques.example.org';

/** "/pays/perou/" → "pays/perou/index.html". */
const fileOf = (path: string) => (path === '/' ? 'index.html' : `${path.replace(/^\//, '')}index.html`);
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const releasePages = pages.filter((p) => docs.get(p)!.querySelector('article.release__article'));
const listingLinks = (doc: HTMLElement) => doc.querySelectorAll('ol.listing .card__title a').map((a) => a.getAttribute('href')!);

function listingChain(first: string): string[] {
  const chain = [first];
  for (let next = docs.get(fileOf(first))!.querySelector('.pagination a[rel=next]'); next; ) {
    const path = next.getAttribute('href')!;
    chain.push(path);
    next = docs.get(fileOf(path))!.querySelector('.pagination a[rel=next]');
  }
  return chain;
}

describe('the test newsroom', () => {
  it('publishes one page per release file, except the draft and the two embargoed ones', () => {
    const files = readdirSync(join(inject('newsroomContent'), 'communiques'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(75);
    expect(releasePages).toHaveLength(files.length - 3);
    const output = inject('newsroomOutput');
    expect(output).toMatch(/3 release\(s\) held back:/);
    expect(output).toMatch(/\n\s+draft: .*2026-brouillon-secret\.md\n/);
    expect(output).toMatch(/\n\s+under embargo until 2099-03-01T08:00:00\.000Z: .*2099-sous-embargo\.md/);
    expect(output).toMatch(/\n\s+under embargo until 2099-03-01T08:00:00\.000Z: .*2099-hotline-embargoed-translation\.md/);
  });

  it('never links a release to a translation still under embargo', () => {
    const page = readPage(dist, '2007/service-telephonique-traite-maintenu/index.html');
    expect(page).not.toContain('hotline-embargoed-translation');
    expect(docs.get('2007/service-telephonique-traite-maintenu/index.html')!.querySelectorAll('link[rel=alternate][hreflang]').map((l) => l.getAttribute('hreflang'))).not.toContain('en');
  });

  it('has one search record per release, in its language’s index', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    for (const lang of ['fr', 'en', 'es']) {
      const count = releasePages.filter((p) => docs.get(p)!.querySelector('html')!.getAttribute('lang') === lang).length;
      expect(entry.languages[lang].page_count, lang).toBe(count);
    }
  });

  it('built releases in three languages, with paginated home pages', () => {
    expect(pages).toContain('page/2/index.html');
    expect(pages).toContain('en/page/2/index.html');
    expect(pages).toContain('es/pagina/2/index.html');
  });

  it.each(['/', '/en/', '/es/'])('lists every release of %s exactly once across its pages, newest first, 20 a page', (home) => {
    const lang = home === '/' ? 'fr' : home.slice(1, 3);
    const listed = listingChain(home).flatMap((p) => {
      const links = listingLinks(docs.get(fileOf(p))!);
      expect(links.length).toBeLessThanOrEqual(20);
      return links;
    });
    const expected = releasePages.filter((p) => docs.get(p)!.querySelector('html')!.getAttribute('lang') === lang).map(pathOf);
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(new Set(listed).size).toBe(listed.length);
    const dates = listingChain(home).flatMap((p) => docs.get(fileOf(p))!.querySelectorAll('ol.listing time').map((t) => t.getAttribute('datetime')!));
    const keys = dates.map((d) => (d.length === 7 ? `${d}-01` : d));
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('lists each release on its year archive and on every country, topic and type page it belongs to', () => {
    for (const page of releasePages) {
      const doc = docs.get(page)!;
      const path = pathOf(page);
      const year = doc.querySelector('.release__meta time')!.getAttribute('datetime')!.slice(0, 4);
      const prefix = path.startsWith('/en/') ? '/en/' : path.startsWith('/es/') ? '/es/' : '/';
      const termLinks = doc.querySelectorAll('.release__terms a').map((a) => a.getAttribute('href')!);
      for (const listing of [`${prefix}${year}/`, ...termLinks]) {
        const listed = listingChain(listing).flatMap((p) => listingLinks(docs.get(fileOf(p))!));
        expect(listed.filter((l) => l === path), `${path} on ${listing}`).toHaveLength(1);
      }
    }
  });

  it('gives each index page its terms with counts that match their pages', () => {
    for (const index of ['pays/index.html', 'en/countries/index.html', 'es/temas/index.html', 'themes/index.html']) {
      const items = docs.get(index)!.querySelectorAll('ul.terms li');
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const href = item.querySelector('a')!.getAttribute('href')!;
        const count = Number(item.querySelector('.terms__count')!.textContent.replace(/\D/g, ''));
        const listed = listingChain(href).flatMap((p) => listingLinks(docs.get(fileOf(p))!));
        expect(listed.length, href).toBe(count);
      }
    }
  });

  it('uses readable, ASCII, localised URLs', () => {
    expect(pages).toContain('pays/perou/index.html');
    expect(pages).toContain('en/countries/peru/index.html');
    expect(pages).toContain('es/paises/peru/index.html');
    expect(pages).toContain('themes/lutte-contre-la-traite/index.html');
    expect(pages).toContain('en/topics/counter-trafficking/index.html');
    for (const p of pages) expect(p).toMatch(/^[a-z0-9/._-]+$/);
  });

  it('makes hreflang links reciprocal, with an x-default', () => {
    let checked = 0;
    for (const [page, doc] of docs) {
      const links = doc.querySelectorAll('link[rel=alternate][hreflang]');
      if (links.length === 0) continue;
      checked++;
      const own = `${site}${pathOf(page)}`;
      const set = links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`).sort();
      expect(set.some((s) => s.endsWith(` ${own}`)), `${page} lists itself`).toBe(true);
      expect(set.filter((s) => s.startsWith('x-default '))).toHaveLength(1);
      for (const link of links) {
        const target = link.getAttribute('href')!.slice(site.length);
        const other = docs.get(fileOf(target));
        expect(other, `${page} → ${target} exists`).toBeDefined();
        const back = other!.querySelectorAll('link[rel=alternate][hreflang]').map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`).sort();
        expect(back, `${target} answers ${page}`).toEqual(set);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('links translated releases to each other, and the switcher never to a missing page', () => {
    const fr = docs.get('2017/procureurs-traite-perou/index.html')!;
    const switcher = fr.querySelectorAll('.languages a').map((a) => a.getAttribute('href'));
    expect(switcher).toEqual(['/en/2017/prosecutors-trafficking-peru/', '/es/2017/fiscales-trata-peru/']);
    const lone = docs.get('2007/service-telephonique-traite-maintenu/index.html')!;
    expect(lone.querySelectorAll('.languages a').map((a) => a.getAttribute('href'))).toEqual(['/en/', '/es/']);
    for (const doc of docs.values()) {
      for (const a of doc.querySelectorAll('.languages a')) expect(existsSync(join(dist, fileOf(a.getAttribute('href')!)))).toBe(true);
    }
  });

  it('shows up to three related releases in the same language, and previous and next ones', () => {
    // Most releases of the newsroom share a country or topic: related lists must exist, not only be short.
    expect(releasePages.slice(0, 30).filter((p) => docs.get(p)!.querySelectorAll('.related .card').length > 0).length).toBeGreaterThan(20);
    for (const page of releasePages.slice(0, 30)) {
      const doc = docs.get(page)!;
      const lang = doc.querySelector('html')!.getAttribute('lang');
      const related = doc.querySelectorAll('.related .card');
      expect(related.length).toBeLessThanOrEqual(3);
      for (const card of related) expect(card.getAttribute('lang')).toBe(lang);
      expect(doc.querySelectorAll('.neighbours a').length).toBeGreaterThan(0);
    }
  });

  it('shows a reading time and breadcrumbs on releases', () => {
    const doc = docs.get('2017/procureurs-traite-perou/index.html')!;
    expect(doc.querySelector('.release__meta')!.textContent).toMatch(/\d+ minutes? de lecture/);
    expect(doc.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'))).toEqual(['/', '/2017/']);
  });

  it('gives a language with no release a home page that says so, then offers the releases of the others', () => {
    const html = readFileSync(join(inject('siteDist'), 'en/index.html'), 'utf8');
    expect(html).toContain('No release has been published in English yet.');
    const others = parse(html).querySelector('.listing__others')!;
    expect(others.querySelector('h2')!.textContent).toBe('Also available in French');
    const cards = others.querySelectorAll('.card');
    expect(cards.map((c) => c.querySelector('a')!.getAttribute('href'))).toEqual(['/2017/procureurs-traite-perou/', '/2007/service-telephonique-traite-maintenu/']);
    for (const card of cards) {
      expect(card.getAttribute('lang')).toBe('fr');
      expect(card.querySelector('a')!.getAttribute('hreflang')).toBe('fr');
    }
    // Feeds stay in their own language.
    expect(readFileSync(join(inject('siteDist'), 'en/rss.xml'), 'utf8')).not.toContain('<item>');
  });

  it('offers them on its archives and its country and topic pages too, named in its own language', () => {
    const page = (path: string) => parse(readFileSync(join(inject('siteDist'), path), 'utf8'));
    const years = page('en/archive/index.html').querySelectorAll('.terms a').map((a) => a.getAttribute('href'));
    expect(years).toEqual(['/en/2017/', '/en/2007/']);
    const countries = page('en/countries/index.html').querySelectorAll('.terms a');
    expect(countries.map((a) => [a.textContent, a.getAttribute('href')])).toContainEqual(['Peru', '/en/countries/peru/']);
    for (const path of ['en/2017/index.html', 'en/countries/peru/index.html']) {
      const doc = page(path);
      expect(doc.querySelector('.empty')?.textContent, path).toBe('No release here yet.');
      const others = doc.querySelector('.listing__others')!;
      expect(others.querySelector('h2')!.textContent, path).toBe('Also available in French');
      const card = others.querySelector('.card')!;
      expect(card.getAttribute('lang'), path).toBe('fr');
      expect(card.querySelector('a')!.getAttribute('href'), path).toBe('/2017/procureurs-traite-perou/');
    }
  });

  it('offers no other language on the home of a language with a page of its own releases', () => {
    for (const home of ['index.html', 'en/index.html', 'es/index.html']) expect(docs.get(home)!.querySelector('.listing__others'), home).toBeNull();
  });
});

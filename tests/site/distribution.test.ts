// Feeds, sitemaps, structured data, vCards, redirects and the search index of the test newsroom — and what must never appear in them.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { feedItems, relaxNgErrors } from '../helpers/xml.ts';
import { buildSite } from '../helpers/build.ts';

const dist = inject('newsroomDist');
const SITE = 'https://communiques.example.org';
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
const fileOfUrl = (url: string) => {
  const path = new URL(url).pathname;
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
};
const releasePages = htmlPages(dist).filter((p) => readPage(dist, p).includes('class="release__article"'));

describe('feeds', () => {
  const feeds = files.filter((f) => /(^|\/)(rss|atom)\.xml$/.test(f));

  it('exist for each language, and for each country and topic', () => {
    for (const f of ['rss.xml', 'atom.xml', 'en/rss.xml', 'es/atom.xml', 'pays/perou/rss.xml', 'en/topics/counter-trafficking/atom.xml']) expect(feeds).toContain(f);
  });

  it.each(feeds)('%s is valid against its schema, with full content and absolute URLs', (feed) => {
    const xml = readFileSync(join(dist, feed), 'utf8');
    expect(relaxNgErrors(xml, feed.endsWith('rss.xml') ? 'rss' : 'atom')).toEqual([]);
    const items = feedItems(xml, feed.endsWith('rss.xml') ? 'rss' : 'atom');
    expect(items.length).toBeLessThanOrEqual(20);
    for (const { url, content } of items) {
      expect(existsSync(fileOfUrl(url)), url).toBe(true);
      expect(content, 'full text').toMatch(/<p>/);
      expect(content).not.toMatch(/(href|src)="(\/|#|\.)/);
      // Feed readers have none of the site's CSS: no anchor links, no text meant for the site's screen-reader
      // users (it would show), no SVG (a chart comes as its table).
      expect(content).not.toMatch(/heading-anchor|visually-hidden|<svg/);
    }
  });

  it('hold exactly the newest releases of the listing they follow, once each, in order', () => {
    for (const [feed, listing] of [
      ['rss.xml', 'index.html'],
      ['en/atom.xml', 'en/index.html'],
      ['pays/perou/rss.xml', 'pays/perou/index.html'],
      ['themes/lutte-contre-la-traite/atom.xml', 'themes/lutte-contre-la-traite/index.html'],
    ]) {
      const items = feedItems(readFileSync(join(dist, feed!), 'utf8'), feed!.endsWith('rss.xml') ? 'rss' : 'atom').map((i) => i.url);
      const cards = parse(readPage(dist, listing!)).querySelectorAll('ol.listing .card__title a').map((a) => `${SITE}${a.getAttribute('href')}`);
      expect(items, feed).toEqual(cards.slice(0, 20));
      expect(new Set(items).size).toBe(items.length);
    }
  });

  it('dates a month-precision release at the start of its month', () => {
    const xml = readFileSync(join(inject('siteDist'), 'atom.xml'), 'utf8');
    expect(xml).toContain('<published>2007-08-01T00:00:00.000Z</published>');
    expect(readFileSync(join(inject('siteDist'), 'rss.xml'), 'utf8')).toContain('<pubDate>Wed, 01 Aug 2007 00:00:00 GMT</pubDate>');
  });

  it('is announced in the head of pages', () => {
    const home = readPage(dist, 'index.html');
    expect(home).toContain('<link rel="alternate" type="application/rss+xml"');
    expect(readPage(dist, 'pays/perou/index.html')).toContain('href="/pays/perou/atom.xml"');
  });
});

describe('sitemaps', () => {
  it('validate, list every release once, and point only at existing pages', () => {
    const index = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect(relaxNgErrors(index, 'sitemap')).toEqual([]);
    const locs: string[] = [];
    for (const loc of parse(index).querySelectorAll('loc')) {
      const xml = readFileSync(fileOfUrl(loc.textContent), 'utf8');
      expect(relaxNgErrors(xml, 'sitemap')).toEqual([]);
      locs.push(...parse(xml).querySelectorAll('url > loc').map((l) => l.textContent));
    }
    for (const page of releasePages) expect(locs.filter((l) => l === `${SITE}/${page.replace(/index\.html$/, '')}`), page).toHaveLength(1);
    for (const loc of locs) expect(existsSync(fileOfUrl(loc)), loc).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('structured data', () => {
  it.each(releasePages.slice(0, 25))('%s has a NewsArticle and a BreadcrumbList', (page) => {
    const doc = parse(readPage(dist, page));
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
    const graph = data['@graph'] as Record<string, any>[];
    const article = graph.find((g) => g['@type'] === 'NewsArticle')!;
    expect(article.headline).toBeTruthy();
    expect(article.datePublished).toBe(doc.querySelector('.release__meta time')!.getAttribute('datetime'));
    expect(article.inLanguage).toBe(doc.querySelector('html')!.getAttribute('lang'));
    expect(article.publisher.name).toBeTruthy();
    expect(article.publisher['@type']).toBe('Organization');
    expect(Array.isArray(article.publisher.contactPoint)).toBe(true);
    expect(article.url).toBe(`${SITE}/${page.replace(/index\.html$/, '')}`);
    const crumbs = graph.find((g) => g['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement.at(-1).item).toBe(article.url);
    expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBeTruthy();
    // The release's own photo when it has one (as a JPEG), else the site's share image.
    const image = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    if (doc.querySelector('figure.hero')) expect(image).toMatch(new RegExp(`^${SITE}/_astro/.*\\.jpe?g$`));
    else expect(image).toBe(`${SITE}/share.png`);
  });

  it('shares a release with a photo as that photo, a JPEG the site serves (and lists it in the JSON-LD)', () => {
    const page = releasePages.find((p) => readPage(dist, p).includes('<figure class="hero"'));
    expect(page, 'a release with a hero photo').toBeDefined();
    const doc = parse(readPage(dist, page!));
    const image = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(image).toMatch(new RegExp(`^${SITE}/_astro/.*\\.jpe?g$`));
    expect(existsSync(fileOfUrl(image))).toBe(true);
    const graph = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent)['@graph'] as Record<string, any>[];
    expect(graph.find((g) => g['@type'] === 'NewsArticle')!.image).toEqual([image]);
  });

  it('cannot be broken out of by a title', () => {
    for (const page of releasePages) expect(readPage(dist, page).match(/<\/script>/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('a corrected release', () => {
  const page = parse(readPage(dist, '2018/formation-lima/index.html'));
  const url = `${SITE}/2018/formation-lima/`;

  it('shows its updates near the top, newest first, each with its day', () => {
    const items = page.querySelectorAll('.release__header .release__updates li');
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(['2018-03-20T10:30:00+01:00', '2018-03-15']);
    expect(items[0]!.textContent).toMatch(/^Mis à jour le 20 mars 2018\s:\sLa photo de la formation a été ajoutée\.$/);
  });

  it('gives its latest update as dateModified, the Atom entry’s updated date and the sitemap’s lastmod', () => {
    const graph = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent)['@graph'] as Record<string, any>[];
    const article = graph.find((g) => g['@type'] === 'NewsArticle')!;
    expect(article.datePublished).toBe('2018-03-14');
    expect(article.dateModified).toBe('2018-03-20T10:30:00+01:00');
    const atom = readFileSync(join(dist, 'atom.xml'), 'utf8');
    const entry = atom.split('<entry>').find((e) => e.includes(url))!;
    expect(entry).toContain('<published>2018-03-14T00:00:00.000Z</published>');
    expect(entry).toContain('<updated>2018-03-20T09:30:00.000Z</updated>');
    const sitemaps = files.filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(dist, f), 'utf8')).join('');
    expect(sitemaps).toContain(`<url><loc>${url}</loc><lastmod>2018-03-20T10:30:00+01:00</lastmod>`);
  });
});

describe('media contacts', () => {
  it('offers each contact as a vCard 4.0 that parses back to the same contact', () => {
    const page = parse(readPage(inject('siteDist'), '2017/procureurs-traite-perou/index.html'));
    const contacts = page.querySelectorAll('.contact');
    expect(contacts).toHaveLength(2);
    for (const contact of contacts) {
      const href = contact.querySelector('.contact__vcard a')!.getAttribute('href')!;
      const text = readFileSync(join(inject('siteDist'), href), 'utf8');
      expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
      const card = new ICAL.Component(ICAL.parse(text));
      expect(card.getFirstPropertyValue('fn')).toBe(contact.querySelector('.contact__name')!.textContent);
      const email = contact.querySelector('a[href^="mailto:"]')?.textContent;
      if (email) expect(card.getFirstPropertyValue('email')).toBe(email);
      const tel = contact.querySelector('a[href^="tel:"]')?.getAttribute('href');
      if (tel) expect(card.getFirstPropertyValue('tel')).toBe(tel);
    }
  });

  it('shows a mobile number beside the phone, and gives it to the vCard as a mobile', () => {
    const page = parse(readPage(dist, 'en/2017/prosecutors-trafficking-peru/index.html'));
    const contact = page.querySelectorAll('.contact').find((c) => c.querySelector('.contact__name')!.textContent === 'Jeremy Mac Gillivray')!;
    const means = contact.querySelectorAll('.contact__means dt').map((dt) => [dt.textContent, dt.nextElementSibling!.innerHTML]);
    expect(means).toEqual([
      ['Email', '<a href="mailto:jmacgillivray@iom.int">jmacgillivray@iom.int</a>'],
      ['Phone', '<a href="tel:+5116330000">+51\u00a01\u00a06330000</a>'],
      ['Mobile', '<a href="tel:+51987654321">+51\u00a0987\u00a0654\u00a0321</a>'],
    ]);
    const card = new ICAL.Component(ICAL.parse(readFileSync(join(dist, contact.querySelector('.contact__vcard a')!.getAttribute('href')!), 'utf8')));
    const tels = card.getAllProperties('tel').map((p) => [p.getParameter('type'), p.getFirstValue()]);
    expect(tels).toEqual([
      [['work', 'voice'], 'tel:+5116330000'],
      [['cell', 'voice'], 'tel:+51987654321'],
    ]);
  });

  it('shows phones readably and links them in E.164', () => {
    const page = readPage(inject('siteDist'), '2007/service-telephonique-traite-maintenu/index.html');
    expect(page).toContain('<a href="tel:+5112217209">+51\u00a01\u00a02217209</a>');
  });
});

describe('redirects', () => {
  it('follows every alias to its release, by page and by _redirects', () => {
    const lines = readFileSync(join(dist, '_redirects'), 'utf8').trim().split('\n');
    expect(lines).toContain('/en/news/iom-peru-trains-prosecutors /en/2017/prosecutors-trafficking-peru/ 301');
    for (const line of lines) {
      const [from, to, code] = line.split(' ');
      expect(code).toBe('301');
      expect(existsSync(fileOfUrl(`${SITE}${to}`)), to).toBe(true);
      const page = readFileSync(fileOfUrl(`${SITE}${from!.endsWith('/') || from!.endsWith('.html') ? from : `${from}/`}`), 'utf8');
      expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${SITE}${to}">`);
      expect(page).toContain(`<link rel="canonical" href="${SITE}${to}">`);
    }
  });
});

/** Every byte the site serves, with Pagefind's compressed index files unpacked. */
function servedText(root: string): { file: string; text: string }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(root, f)).isFile())
    .map((f) => {
      let bytes = readFileSync(join(root, f));
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return { file: f, text: bytes.toString('utf8') };
    });
}

describe('drafts and embargoes', () => {
  it('appear nowhere in the published site, search index included', () => {
    const all = servedText(dist);
    expect(all.some((f) => f.file.startsWith('pagefind/') && f.text.includes('Aujourd'))).toBe(true);
    for (const { file, text } of all) {
      expect(text.includes('ZZDRAFTMARKER'), file).toBe(false);
      expect(text.includes('ZZEMBARGOMARKER'), file).toBe(false);
      expect(text.includes('brouillon-secret'), file).toBe(false);
      expect(text.includes('sous-embargo'), file).toBe(false);
      expect(text.includes('ZZEMBARGOTRANSLATION'), file).toBe(false);
      expect(text.includes('hotline-embargoed-translation'), file).toBe(false);
    }
  });

  describe('in a preview build', () => {
    let preview: string;
    beforeAll(async () => {
      const result = await buildSite(inject('newsroomContent'), { COMMUNIQUES_PREVIEW: '1' });
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain('PREVIEW build');
      preview = result.outDir;
    });

    it('are shown, marked as previews, and their pages kept out of search engines', () => {
      const page = readFileSync(join(preview, '2099/sous-embargo/index.html'), 'utf8');
      expect(page).toContain('class="preview-banner"');
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).not.toContain('application/ld+json');
      expect(readFileSync(join(preview, '2026/brouillon-secret/index.html'), 'utf8')).toContain('brouillon, non publié');
      // The home page lists them, so authors can find them.
      expect(readFileSync(join(preview, 'index.html'), 'utf8')).toContain('/2099/sous-embargo/');
    });

    it('are kept out of every feed, calendar and sitemap', () => {
      const served = servedText(preview).filter((f) => /(rss|atom)\.xml$|sitemap[^/]*\.xml$|\/calendar\.ics$/.test(f.file));
      expect(served.filter((f) => f.file.endsWith('calendar.ics')).length).toBe(3);
      expect(served.filter((f) => f.file.includes('sitemap')).length).toBeGreaterThanOrEqual(2);
      expect(served.filter((f) => /(rss|atom)\.xml$/.test(f.file)).length).toBeGreaterThan(10);
      for (const { file, text } of served) {
        for (const held of ['sous-embargo', 'brouillon-secret', 'hotline-embargoed-translation', 'ZZEMBARGOMARKER', 'ZZDRAFTMARKER']) expect(text.includes(held), `${file}: ${held}`).toBe(false);
      }
    });

    it('link a published release to its held translation, for authors to review', () => {
      const page = readFileSync(join(preview, '2007/service-telephonique-traite-maintenu/index.html'), 'utf8');
      expect(page).toContain('/en/2099/hotline-embargoed-translation/');
    });
  });
});

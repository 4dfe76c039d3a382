// What journalists get: copy-ready editions, the e-mail edition, the media kit and the contacts directory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';

const site = inject('siteDist');
const newsroom = inject('newsroomDist');
const SEEDS = [
  ['oim-perou-procureurs-traite-2017.txt', '2017/procureurs-traite-perou', ['Inés Calderon', 'icalderon@iom.int', 'Jeremy Mac Gillivray', 'jmacgillivray@iom.int', '+51 1 6330000']],
  ['oim-service-telephonique-traite-maintenu-2007.txt', '2007/service-telephonique-traite-maintenu', ['Dolores Cortés', 'dcortes@iom.int', '+51 1 2217209']],
] as const;

const words = (text: string) => text.replace(/[’']/g, "'").match(/[\p{L}\p{N}]+/gu) ?? [];

describe('copy-ready editions', () => {
  it.each(SEEDS)('the .txt of %s has every sentence, in order, and its contacts', (seed, path, contacts) => {
    const raw = readFileSync(`tests/fixtures/seeds/${seed}`, 'utf8');
    const paragraphs = raw.split(/\n\s*\n/).map((p) => p.trim());
    const body = words(paragraphs.slice(2, paragraphs.findIndex((p) => p.startsWith('Pour plus d'))).join(' ')).join(' ');
    const text = readFileSync(join(site, `${path}.txt`), 'utf8');
    // Digit groups are joined for the comparison; the chart an author added is left out.
    const edition = words(text.replace(/\n[^\n]*\(cas\)\n(?:  .*\n)+Source[^\n]*\n/, '\n').replace(/(\d)[\u202f\u00a0 ](?=\d{3})/g, '$1')).join(' ');
    expect(edition).toContain(body.replace(/^Pérou /, '').replace(/(\d) (?=\d{3}\b)/g, '$1'));
    for (const c of contacts) expect(text).toContain(c);
    expect(text).toContain(`https://communiques.example.org/${path}/`);
    expect(text.split('\n').every((line) => [...line].length <= 72 || /https?:\/\//.test(line))).toBe(true);
    expect(text).not.toMatch(/[*_#`<>]|\]\(/);
  });

  it('gives the Markdown source as published, with its canonical address', () => {
    const md = readFileSync(join(site, '2017/procureurs-traite-perou.md'), 'utf8');
    expect(md).toMatch(/^# L’OIM au Pérou forme des procureurs/);
    expect(md).toContain('```chart');
    expect(md).toContain('<https://communiques.example.org/2017/procureurs-traite-perou/>');
  });

  it('links the editions from the release and lists them in its JSON-LD', () => {
    const page = readPage(site, '2017/procureurs-traite-perou/index.html');
    expect(page).toContain('href="/2017/procureurs-traite-perou.txt"');
    expect(page).toContain('href="/2017/procureurs-traite-perou.md"');
    const data = JSON.parse(parse(page).querySelector('script[type="application/ld+json"]')!.textContent);
    expect(data['@graph'][0].encoding.map((e: { contentUrl: string }) => e.contentUrl)).toEqual([
      'https://communiques.example.org/2017/procureurs-traite-perou.txt',
      'https://communiques.example.org/2017/procureurs-traite-perou.md',
    ]);
  });
});

describe('the e-mail edition', () => {
  const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync('.htmlvalidate-email.json', 'utf8'))));

  it.each(['2017/procureurs-traite-perou', '2018/formation-lima'])('%s is valid, self-contained HTML with absolute URLs only', async (path) => {
    const dist = path.startsWith('2018') ? newsroom : site;
    const html = readFileSync(join(dist, `${path}/email.html`), 'utf8');
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`))).toEqual([]);
    const doc = parse(html);
    expect(doc.querySelectorAll('script, link, style, svg')).toHaveLength(0);
    for (const el of doc.querySelectorAll('[href], [src]')) {
      expect(el.getAttribute('href') ?? el.getAttribute('src')).toMatch(/^(https:\/\/communiques\.example\.org\/|https:\/\/www\.iom\.int|mailto:|tel:)/);
    }
    for (const img of doc.querySelectorAll('img')) expect(img.hasAttribute('alt')).toBe(true);
    expect(html).toContain('max-width:600px');
    expect(html).toContain(`https://communiques.example.org/${path}/`);
    // Its plain-text part is the .txt edition.
    expect(readFileSync(join(dist, `${path}.txt`), 'utf8')).toContain(`https://communiques.example.org/${path}/`);
  });

  it('is not linked for readers', () => {
    expect(readPage(site, '2017/procureurs-traite-perou/index.html')).not.toContain('email.html');
  });
});

describe('the media kit', () => {
  it('lists the logos, the boilerplate, every photo with its credit and original, and the charts with their data', () => {
    const kit = parse(readPage(newsroom, 'kit-media/index.html'));
    expect(kit.querySelector('a[href="/logo.svg"]')).not.toBeNull();
    expect(kit.querySelector('a[href="/logo.png"]')).not.toBeNull();
    expect(kit.textContent).toContain('Créée en 1951');
    // The organisation's name in a sentence takes its article (src/site.config.ts), in each language.
    expect(kit.querySelector('#kit-about')!.textContent).toBe('À propos de l’Organisation internationale pour les migrations');
    expect(parse(readPage(newsroom, 'es/kit-de-prensa/index.html')).querySelector('#kit-about')!.textContent).toBe('Acerca de la Organización Internacional para las Migraciones');
    const photo = kit.querySelectorAll('.kit__grid li').find((li) => li.textContent.includes('Formation des procureurs à Lima'))!;
    expect(photo.textContent).toContain('© OIM 2018');
    expect(photo.querySelector('a[href="/media/images/formation-lima.png"]')).not.toBeNull();
    expect(photo.querySelector('img')!.getAttribute('srcset')).toMatch(/\.webp \d+w/);
    const original = readFileSync(join(newsroom, 'media/images/formation-lima.png'));
    expect(original.subarray(1, 4).toString()).toBe('PNG');
    const chart = kit.querySelectorAll('.kit__charts li').find((li) => li.textContent.includes('Cas possibles de traite'))!;
    expect(chart.querySelector('a[href="/2017/procureurs-traite-perou/chart-1.csv"]')).not.toBeNull();
    expect(readFileSync(join(newsroom, '2017/procureurs-traite-perou/chart-1.csv'), 'utf8')).toContain('2016,1144');
  });

  it('lists a release’s own photos at its end, its hero image first', () => {
    const page = parse(readPage(newsroom, '2018/formation-lima/index.html'));
    const links = page.querySelectorAll('.photos a').map((a) => a.textContent);
    expect(links).toEqual(['Une salle de formation vue d’en haut', 'Des procureurs en formation à Lima']);
    expect(page.querySelector('.photos a[href="/media/images/formation-lima.png"]')).not.toBeNull();
  });

  it('shows the hero image, optimised, with its caption and credit, as the page’s first picture', () => {
    const page = parse(readPage(newsroom, '2018/formation-lima/index.html'));
    const hero = page.querySelector('figure.hero')!;
    const img = hero.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Une salle de formation vue d’en haut');
    expect(img.getAttribute('srcset')).toMatch(/480w.*800w.*1200w/);
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('width')).toBeTruthy();
    expect(hero.querySelector('figcaption')!.textContent).toContain('© OIM 2018');
  });

  it('exists in each language', () => {
    for (const page of ['kit-media/index.html', 'en/media-kit/index.html', 'es/kit-de-prensa/index.html']) expect(readPage(site, page)).toContain('class="kit"');
  });
});

describe('the media contacts directory', () => {
  it('lists the three seed contacts once each, with their releases and vCards', () => {
    const doc = parse(readPage(site, 'contacts-presse/index.html'));
    const entries = doc.querySelectorAll('.directory__entry');
    expect(entries.map((e) => e.querySelector('h2')!.textContent).sort()).toEqual(['Dolores Cortés', 'Inés Calderon', 'Jeremy Mac Gillivray']);
    const ines = entries.find((e) => e.textContent.includes('Inés'))!;
    expect(ines.querySelectorAll('.directory__releases a').map((a) => a.getAttribute('href'))).toEqual(['/2017/procureurs-traite-perou/']);
    expect(ines.querySelector('a[href="/contacts/ines-calderon.vcf"]')).not.toBeNull();
    expect(ines.querySelector('a[href="mailto:icalderon@iom.int"]')).not.toBeNull();
  });

  it('deduplicates a person named in several releases by e-mail', () => {
    const doc = parse(readPage(newsroom, 'contacts-presse/index.html'));
    const ines = doc.querySelectorAll('.directory__entry').filter((e) => e.querySelector('h2')!.textContent === 'Inés Calderon');
    expect(ines).toHaveLength(1);
    expect(ines[0]!.querySelectorAll('.directory__releases a').map((a) => a.getAttribute('href')).sort()).toEqual(['/2017/procureurs-traite-perou/', '/2018/formation-lima/', '/2026/avis-conference-lima/']);
  });
});

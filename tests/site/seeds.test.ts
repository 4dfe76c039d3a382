// The bundled seed releases, built by the real `astro build`: every sentence, date and contact reaches the reader.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { parse } from 'node-html-parser';
import { htmlToText } from '../../src/lib/html-text.ts';

const dist = inject('siteDist');
const PROSECUTORS = '2017/procureurs-traite-perou/index.html';
const HOTLINE = '2007/service-telephonique-traite-maintenu/index.html';

/** Words as a reader compares them: typographic spaces and apostrophes folded, digit groups joined. */
function words(text: string): string[] {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’']/g, "'")
    .replace(/(\d) (?=\d{3}\b)/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
}

/** The seed's body: what follows the label and title lines, up to the contact sentence. */
function seedBody(file: string): string[] {
  const raw = readFileSync(`tests/fixtures/seeds/${file}`, 'utf8');
  const paragraphs = raw.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const end = paragraphs.findIndex((p) => p.startsWith('Pour plus d'));
  return words(paragraphs.slice(2, end).join(' '));
}

function articleText(page: string): string[] {
  const prose = parse(readPage(dist, page)).querySelector('.prose')!;
  // The chart was added by an author from the release's own figures; it is not part of the received text.
  for (const chart of prose.querySelectorAll('figure.chart')) chart.remove();
  return words(prose.textContent);
}

describe('the seed releases', () => {
  it('are published at their URLs, with the home page and the 404 page', () => {
    const pages = htmlPages(dist);
    expect(pages).toContain(PROSECUTORS);
    expect(pages).toContain(HOTLINE);
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
  });

  it.each([
    ['oim-perou-procureurs-traite-2017.txt', PROSECUTORS],
    ['oim-service-telephonique-traite-maintenu-2007.txt', HOTLINE],
  ])('%s keeps every word of its text, in order', (seed, page) => {
    const expected = seedBody(seed);
    // The 2017 release's dateline ("Pérou –") moved to the header.
    const start = expected[0] === 'Pérou' ? 2 : 0;
    expect(articleText(page)).toEqual(expected.slice(start));
  });

  it('shows the key sentences and figures', () => {
    const prosecutors = htmlToText(readPage(dist, PROSECUTORS));
    expect(prosecutors).toContain('552 en 2014');
    expect(prosecutors).toContain('Jaime Villanueva, responsable général de l’Ecole de la Magistrature');
    const hotline = htmlToText(readPage(dist, HOTLINE));
    expect(hotline).toContain('Vingt minutes après avoir appelé ce service');
  });

  it('shows the 2017 figures as an accessible chart with its data table', () => {
    const page = readPage(dist, PROSECUTORS);
    expect(page).toMatch(/<svg class="chart__svg"[^>]*role="img"[^>]*aria-labelledby="chart-1-desc"/);
    expect(page).toContain('<th scope="row">2016</th><td>1\u202f144</td>');
    expect(page).toContain('Observatoire de la criminalité du Ministère public');
  });

  it('marks the first use of each acronym and typesets French', () => {
    const page = readPage(dist, PROSECUTORS);
    expect(page.match(/<abbr title="Organisation internationale pour les migrations">OIM<\/abbr>/g)).toHaveLength(1);
    expect(page).toContain('<abbr title="Système d’information stratégique sur la traite des personnes">SISTRA</abbr>');
    expect(page).toContain('1\u202f144 en 2016');
    expect(page).toContain('«\u202fLa lutte contre la traite');
    expect(page).toContain('le plus élevé\u00a0: Callao');
  });

  it('dates the 2017 release to the day and the 2007 release to the month only', () => {
    expect(readPage(dist, PROSECUTORS)).toContain('<time datetime="2017-01-31">31 janvier 2017</time>');
    const hotline = readPage(dist, HOTLINE);
    expect(hotline).toContain('<time datetime="2007-08">août 2007</time>');
    expect(hotline).not.toMatch(/\d+ août 2007/);
  });

  it('gives every contact working mailto: and tel: links', () => {
    const prosecutors = readPage(dist, PROSECUTORS);
    expect(prosecutors).toContain('href="mailto:icalderon@iom.int"');
    expect(prosecutors).toContain('href="mailto:jmacgillivray@iom.int"');
    expect(prosecutors).toContain('href="tel:+5116330000"');
    const hotline = readPage(dist, HOTLINE);
    expect(hotline).toContain('href="mailto:dcortes@iom.int"');
    expect(hotline).toContain('href="tel:+5112217209"');
    // The broken "mailto:…"> remnant of the export is gone.
    expect(hotline).not.toContain('&quot;mailto:');
  });

  it('lists both on the home page, newest first, with type, date and summary', () => {
    const home = readPage(dist, 'index.html');
    const first = home.indexOf('/2017/procureurs-traite-perou/');
    const second = home.indexOf('/2007/service-telephonique-traite-maintenu/');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(home).toContain('Communiqué');
    expect(home).toContain('Après 17 mois d');
  });

  it('ships no JavaScript to readers, but on the search pages, and the editor for authors (external files only)', () => {
    for (const page of htmlPages(dist)) {
      const scripts = readPage(dist, page).match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? [];
      // The editor's: its data (not run) and its one module, which loads Sveltia's script.
      if (page === 'admin/index.html') expect(scripts).toEqual(['<script type="application/json" id="editor-data">', expect.stringMatching(/^<script type="module" src="\/_astro\/[\w.-]+\.js">$/)]);
      else if (/^(es\/buscar|en\/search|recherche)\//.test(page)) {
        // Its script loads Pagefind's when the reader searches.
        expect(scripts).toEqual(['<script src="/search.js">']);
      } else expect(scripts, page).toEqual([]);
    }
  });

  it('says which language each page is in', () => {
    expect(readPage(dist, PROSECUTORS)).toMatch(/^<!DOCTYPE html><html lang="fr">/);
    expect(readPage(dist, 'en/index.html')).toMatch(/<html lang="en">/);
  });
});

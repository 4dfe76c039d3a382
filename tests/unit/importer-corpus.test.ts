// The importer against shapes it was not written for: menus it has never seen, a batch's furniture, and every
// fixture re-laid out as other exports lay it out — with the menu gone and every word of the release kept.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRelease } from '../../src/importer/index.ts';
import { batchFurniture } from '../../src/importer/furniture.ts';
import { findMenu, gluedLabel } from '../../src/importer/menu.ts';
import { structure } from '../../src/importer/structure.ts';
import { lines, words } from '../../src/importer/text.ts';
import { readFrontMatter } from '../../src/release/front-matter.ts';

const FIXTURES = 'tests/fixtures/importer';
const BATCH = 'tests/fixtures/importer-batch';
const inputs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.input.txt')).sort();

describe('a menu, by its shape', () => {
  it('finds a label glued to its teaser, and not a name in a title', () => {
    expect(gluedLabel('Notre missionL’Organisation œuvre depuis 1950 pour des migrations sûres et ordonnées.')).toEqual({
      label: 'Notre mission',
      teaser: 'L’Organisation œuvre depuis 1950 pour des migrations sûres et ordonnées.',
    });
    expect(gluedLabel('2030 AGENDAThe Organization works with its partners towards the goals of the Agenda.')?.label).toBe('2030 AGENDA');
    expect(gluedLabel('Who we areIOM is part of the United Nations system, with 175 member states.')?.label).toBe('Who we are');
    expect(gluedLabel('Agenda 2030L’Organisation contribue aux objectifs de développement durable.')?.label).toBe('Agenda 2030');
    expect(gluedLabel('YouTube campaign warns young migrants about the risks of the crossing.')).toBeUndefined();
    expect(gluedLabel('McArthur Foundation funds shelters for families in Honduras and Guatemala')).toBeUndefined();
    expect(gluedLabel('La OIM y UNICEF firman un acuerdo con el Gobierno de Panamá para proteger a la niñez.')).toBeUndefined();
  });

  const menuOf = (text: string) => {
    const all = lines(text);
    const menu = findMenu(all, 0);
    return menu && all.slice(menu.start, menu.end);
  };

  it('ends where the title begins, whether the title is long or short, printed once or twice', () => {
    const body = 'Geneva - The text of the release starts here, with a first sentence.\nA second paragraph follows.';
    expect(menuOf(`Home\nHome\n- About\n- | Offices\n-\nLong title of a release that runs on for many words\n${body}`)).toEqual(['Home', 'Home', '- About', '- | Offices', '-']);
    expect(menuOf(`Home\nHome\n- About\nShort title\nShort title\n${body}`)).toEqual(['Home', 'Home', '- About']);
    expect(menuOf(`Inicio\nNoticias\nContacto\nPrensa\nTítulo breve\n${body}`)).toEqual(['Inicio', 'Noticias', 'Contacto', 'Prensa']);
  });

  it('leaves alone a release that merely starts with a short line or two', () => {
    expect(menuOf('Informe anual\nSequía en el Corredor Seco\nLa Red presenta hoy su informe sobre la sequía del Corredor Seco.\n')).toBeUndefined();
    expect(menuOf('Short title\n\nThe release begins with a sentence of its own.\n')).toBeUndefined();
    expect(menuOf('L’OIM forme des procureurs\nspécialisés dans la traite\n\nPérou – Le texte commence.\n')).toBeUndefined();
  });
});

describe('a batch', () => {
  const names = inputs(BATCH);
  const texts = names.map((n) => readFileSync(`${BATCH}/${n}`, 'utf8'));

  it('removes the lines that open or close many of its files, once per file, with the line they matched', () => {
    const furniture = batchFurniture(texts);
    for (const [k, name] of names.entries()) {
      const result = importRelease(texts[k]!, { source: name, furniture });
      expect(result.errors).toEqual([]);
      expect(result.markdown).toBe(readFileSync(`${BATCH}/${name.replace('.input.txt', '.expected.md')}`, 'utf8'));
      const removed = result.removals.filter((r) => r.what.startsWith('site furniture'));
      const footer = lines(texts[k]!).findIndex((l) => l.startsWith('© Alliance')) + 1;
      expect(removed.map((r) => [r.line, r.text.split(' | ')[0]])).toEqual([
        [footer, expect.stringMatching(/^© Alliance/)],
        [1, expect.stringMatching(/^Bienvenue sur le site/)],
      ]);
    }
  });

  it('keeps what a file shares with only one other, and a contact line an office repeats', () => {
    const contact = 'For further information please contact Ana Ruiz, Tel: +41 22 717 9111';
    const release = (n: number) => `Home page of the network\nTitle number ${n} of a release\nGeneva - Sentence ${n} of the release.\n${contact}\n`;
    const furniture = batchFurniture([release(1), release(2), release(3)]);
    const result = importRelease(release(1), { furniture, date: '2020-01-01' });
    expect(result.markdown).toContain('title: Title number 1 of a release');
    expect(result.markdown).toContain('name: Ana Ruiz');
    expect(batchFurniture([release(1), release(2)]).size).toBe(0);
  });

  it('removes an "About" box the batch repeats with its title, and keeps one of the release’s own', () => {
    const about = 'À propos de l’OIM\nL’OIM est la principale organisation intergouvernementale dans le domaine de la migration.';
    const release = (n: number, box = about) => `Titre numéro ${n} d’un communiqué\n\nGenève – Phrase ${n} du communiqué.\n\n${box}\n`;
    const furniture = batchFurniture([release(1), release(2), release(3)]);
    const result = importRelease(release(1), { furniture, date: '2020-01-01' });
    expect(result.markdown).not.toContain('propos');
    expect(result.removals.find((r) => r.what.startsWith('site furniture'))).toMatchObject({ line: 5, text: about.replace('\n', ' | ') });
    const own = importRelease(release(4, 'À propos de l’OIM\nUn paragraphe propre à ce communiqué, qui ne se répète pas.'), { furniture, date: '2020-01-01' });
    expect(own.markdown).toContain('## À propos de l’OIM');
  });

  it('changes nothing in files that share no furniture: the fixtures imported as one batch read as each alone', () => {
    const names = inputs(FIXTURES);
    const texts = names.map((n) => readFileSync(`${FIXTURES}/${n}`, 'utf8'));
    const furniture = batchFurniture(texts);
    for (const [k, name] of names.entries()) expect(importRelease(texts[k]!, { source: name, furniture }).markdown).toBe(importRelease(texts[k]!, { source: name }).markdown);
  });
});

// The corpus: every fixture, batch input and seed, laid out as other exports lay it out.
const CORPUS = [
  ...inputs(FIXTURES).map((f) => `${FIXTURES}/${f}`),
  ...inputs(BATCH).map((f) => `${BATCH}/${f}`),
  ...readdirSync('tests/fixtures/seeds').map((f) => `tests/fixtures/seeds/${f}`),
];

/** What a written file says of the release: its title and the words of its text, in order. */
function release(markdown: string) {
  const fm = readFrontMatter(markdown, 'x.md');
  if ('problems' in fm) throw new Error(fm.problems[0]!.message);
  return { title: fm.data.title, words: words(fm.body.replace(/\\(.)/g, '$1')).join(' ') };
}

/** Re-wraps every line of the release's text at 60 columns, as older exports did. */
function rewrap(text: string): string {
  const bodyLines = new Set(structure(text).segments.filter((s) => s.kind === 'body').flatMap((s) => s.lines));
  return lines(text)
    .map((line, n) => (bodyLines.has(n + 1) && line.length > 60 ? line.replace(/(.{40,60}?)\s+/g, '$1\n') : line))
    .join('\n');
}

const MENUS: Record<string, string> = {
  fr: 'Accueil\nAccueil\nQui nous sommes\nNotre mandatL’Association agit depuis 1971 pour le droit au logement des familles les plus modestes.\n- Nos bureaux\n-\n- | Rapports\n- Agenda 2030',
  en: '- Home\nAbout Us\nAbout Us\nOur VisionThe Council has brought farmers and cities together since 1990 for fairer food systems.\n- Members\n- | Annual Reports\n-\n- DATA AND RESEARCH',
  es: 'Inicio\nNosotros\nNosotros\nNuestra misiónLa Fundación trabaja desde 1995 por el acceso a la salud de las comunidades rurales.\n- Equipo\n-\n- | Informes\n- Transparencia',
};

describe('the corpus, laid out otherwise', () => {
  it.each(CORPUS)('%s keeps its title and every word of its text, re-wrapped, without blank lines, or under a menu of another language', (file) => {
    const text = readFileSync(file, 'utf8');
    const original = importRelease(text, { date: '2020-05-04' });
    expect(original.ok).toBe(true);
    const expected = release(original.markdown!);
    const lang = original.lang!;
    const other = lang === 'fr' ? 'es' : 'fr';
    const layouts: Record<string, string> = {
      're-wrapped': rewrap(text),
      'under a menu of another language': `${MENUS[other]}\n${text.replace(/^\uFEFF/, '')}`,
    };
    // One paragraph a line, as navigation exports write: hard-wrapped text has no such export.
    if (!text.split('\n').some((l) => l.length > 0 && l.length < 80 && /[\p{Ll},]$/u.test(l.trim()) && !/^\s*$/.test(l))) layouts['without blank lines'] = text.replace(/\n\s*\n/g, '\n');
    for (const [layout, changed] of Object.entries(layouts)) {
      const result = importRelease(changed, { date: '2020-05-04', lang });
      expect(result.ok, layout).toBe(true);
      const got = release(result.markdown!);
      expect(got.title, layout).toBe(expected.title);
      expect(got.words, layout).toBe(expected.words);
      if (layout === 'under a menu of another language') {
        const glued = MENUS[other]!.split('\n').find((l) => gluedLabel(l))!;
        expect(result.removals.find((r) => r.what === 'website navigation menu')?.text, layout).toContain(glued);
      }
    }
  });
});

describe('menus as the archive prints them', () => {
  const body = 'Lima, 2 de diciembre de 2016.- La OIM inauguró hoy un centro de atención en Lima.\nEl centro atenderá a 200 personas por día.';
  it.each([
    ['teasers printed twice, each prefixed with "- "', '- Quiénes somosLa Organización trabaja desde 1951 por una migración humana y ordenada.\n- Quiénes somosLa Organización trabaja desde 1951 por una migración humana y ordenada.\n- Nuestro trabajo\n- Agenda 2030'],
    ['a teaser cut before its end', 'Inicio\nQuiénes somosLa Organización trabaja desde 1951 por una migración humana y ordenada en todo el\nContacto'],
  ])('removes %s, and takes the next line for the title even when it ends with a full stop', (_, menu) => {
    for (const title of ['La OIM abre un centro en Lima', 'La OIM abre un centro de atención para migrantes venezolanos en Lima.']) {
      const result = importRelease(`${menu}\n${title}\n${body}\n`, { date: '2016-12-02' });
      expect(result.outcome).not.toBe('needs review');
      const fm = readFrontMatter(result.markdown!, 'x.md');
      if ('problems' in fm) throw new Error(fm.problems[0]!.message);
      expect(fm.data.title).toBe(title);
      expect(fm.body).not.toContain('Quiénes');
      expect(fm.body).toContain('La OIM inauguró hoy');
    }
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRelease, lostWords } from '../../src/importer/index.ts';
import { NEEDS_REVIEW } from '../../src/release/file-format.ts';
import { structure } from '../../src/importer/structure.ts';
import { parseContactBlock, normalisePhone, normaliseOffice, personAndOffice } from '../../src/importer/contacts.ts';
import { cleanLine, decodeReferences, decodeText, encodedTwice } from '../../src/importer/text.ts';
import { completeDates, countryCode, dateLine, namesCountry, parseDateline, unambiguousDate } from '../../src/importer/datelines.ts';
import { readFrontMatter } from '../../src/release/front-matter.ts';
import { checkReleases } from '../../src/release/content-check.ts';

// One fixture per shape and quirk of an archive export (see shared QUIRKS list): <case>.input.txt beside <case>.expected.md.
const CASES = [
  'label-header-fr', 'label-header-en', 'label-header-es-dateline-date', 'navigation-header-fr', 'navigation-header-en',
  'navigation-header-es', 'no-header', 'title-twice', 'photo-caption', 'hard-wrapped', 'bullets-space-lines',
  'dateline-other-language', 'dates-without-year', 'dateline-date-sic', 'lost-characters', 'sentence-cut',
  'markup-debris', 'contacts-run-together', 'contacts-incomplete', 'contacts-name-at-office', 'contacts-hard-wrapped', 'leftovers',
  'related-links-after-contacts', 'caption-in-brackets-closing-quote', 'caption-credit-at-end', 'inline-style-mid-line', 'contact-label',
  'title-hard-wrapped', 'contacts-semicolon', 'line-after-closing-quote', 'contacts-by-place', 'html-references',
  'dateline-us-spelled-address', 'label-nota-de-prensa', 'dateline-agency-end-mark', 'contacts-office-colon',
  'contacts-roles-en', 'contacts-roles-fr', 'contacts-roles-es', 'numbered-list',
  'title-caption-wrapped', 'contacts-per-line-wrapped', 'date-line', 'section-headings', 'contacts-by-place-es',
  'heading-before-dateline', 'menu-glued-fr', 'menu-glued-en', 'menu-glued-es', 'short-first-line',
  'debris-wrapped-fr', 'debris-wrapped-en', 'debris-wrapped-es', 'debris-after-contacts-fr',
  'needs-review-long-title-fr', 'needs-review-contacts-en', 'needs-review-title-only-es',
];
// Written as drafts for an author to finish: what the content check asks of them once they are no longer drafts.
const STILL_TO_WRITE: Record<string, string[]> = { 'needs-review-title-only-es': ['has no text: write the release below the front matter'] };
const dir = 'tests/fixtures/importer';

describe('importer fixtures', () => {
  it('covers every fixture file', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.input.txt')).map((f) => f.replace('.input.txt', ''));
    expect([...files].sort()).toEqual([...CASES].sort());
  });

  it.each(CASES)('%s', (name) => {
    const result = importRelease(readFileSync(`${dir}/${name}.input.txt`, 'utf8'), { source: `${name}.input.txt` });
    expect(result.errors).toEqual([]);
    expect(result.markdown).toBe(readFileSync(`${dir}/${name}.expected.md`, 'utf8'));
  });

  it.each(CASES)('%s writes a file the site accepts once it has a date', (name) => {
    const result = importRelease(readFileSync(`${dir}/${name}.input.txt`, 'utf8'), { date: '2020-05-04' });
    const check = (markdown: string) =>
      checkReleases([{ file: result.path!, relative: result.path!.replace(/^(\w\w)\/(.*)$/, '$1/$2'), bytes: new TextEncoder().encode(markdown) }], {
        languages: ['fr', 'en', 'es'],
        topics: new Set(),
      }).problems.map((p) => p.message);
    // A draft builds (it is not published); an author who takes its draft flag off is asked for what is missing.
    expect(check(result.markdown!)).toEqual([]);
    expect(check(result.markdown!.replace('\ndraft: true\n', '\n'))).toEqual(STILL_TO_WRITE[name] ?? []);
  });

  it.each(CASES)('%s: its outcome, and a draft exactly when something needs review', (name) => {
    const result = importRelease(readFileSync(`${dir}/${name}.input.txt`, 'utf8'), { source: name });
    const expected = readFileSync(`${dir}/${name}.expected.md`, 'utf8');
    expect(result.ok).toBe(true);
    expect(result.outcome).toBe(name.startsWith('needs-review') ? 'needs review' : result.warnings.length ? 'warnings' : 'clean');
    expect(expected.includes('\ndraft: true\n')).toBe(result.outcome === 'needs review');
    // The reasons open the draft's notes, which the editor shows and the site never publishes, and a comment at the
    // top of its file says them again for whoever opens it in a text editor.
    const notes = String((readFrontMatter(expected, name) as { data: { notes?: string } }).data.notes ?? '');
    expect(notes.startsWith(NEEDS_REVIEW)).toBe(result.review.length > 0);
    expect(expected.startsWith(`---\n# ${NEEDS_REVIEW}\n`)).toBe(result.review.length > 0);
    for (const reason of result.review) {
      expect(notes.split('\n')).toContain(`- ${reason}`);
      expect(expected).toContain(`\n# - ${reason}\n`);
    }
  });
});

describe('layouts that do not change a release', () => {
  const variants: Record<string, (text: string) => string> = {
    'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
    'spaces and tabs at line ends': (t) => t.replace(/\n/g, ' \t\n'),
    'more blank lines': (t) => t.replace(/\n\n/g, '\n\n\n\n'),
    'blank lines holding spaces': (t) => t.replace(/\n\n/g, '\n   \n'),
    'a byte-order mark and blank lines first': (t) => `\uFEFF\n\n${t}`,
  };
  const facts = (text: string, name: string) => {
    const result = importRelease(text, { source: name });
    expect(result.errors).toEqual([]);
    const fm = readFrontMatter(result.markdown!, 'x.md');
    if ('problems' in fm) throw new Error(fm.problems[0]!.message);
    return { data: fm.data, body: fm.body.replace(/\s+/g, ' ').trim() };
  };

  it.each(CASES)('%s reads the same whatever its line ends, trailing spaces and blank lines', (name) => {
    const text = readFileSync(`${dir}/${name}.input.txt`, 'utf8');
    const expected = facts(text, name);
    for (const change of Object.values(variants)) expect(facts(change(text), name)).toEqual(expected);
  });
});

describe('the importer', () => {
  const seed = readFileSync('tests/fixtures/seeds/oim-perou-procureurs-traite-2017.txt', 'utf8');

  it('is idempotent: the same input gives the same bytes', () => {
    expect(importRelease(seed).markdown).toBe(importRelease(seed).markdown);
  });

  it('refuses a file that already has front matter', () => {
    const result = importRelease(readFileSync('content/communiques/fr/2017-procureurs-traite-perou.md', 'utf8'));
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toContain('already has front matter');
  });

  it('never invents a date: without one the file asks for it, and the site build names it', () => {
    const result = importRelease(seed);
    expect(result.markdown).toContain('date: date-needed');
    const bytes = new TextEncoder().encode(result.markdown!);
    const { problems } = checkReleases([{ file: 'x.md', relative: `fr/x.md`, bytes }], { languages: ['fr'], topics: new Set() });
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^date: date needed/)]);
  });

  it('takes --date, and refuses an impossible one', () => {
    expect(importRelease(seed, { date: '2017-01-31' }).path).toBe('fr/2017-l-oim-au-perou-forme-des-procureurs-specialises-dans-les-cas.md');
    expect(importRelease(seed, { date: '2017-02-30' }).errors[0]).toContain('does not exist');
  });

  it('detects the language, or takes --lang', () => {
    expect(importRelease(readFileSync(`${dir}/label-header-en.input.txt`, 'utf8')).lang).toBe('en');
    expect(importRelease(readFileSync(`${dir}/label-header-es-dateline-date.input.txt`, 'utf8')).lang).toBe('es');
    expect(importRelease(seed, { lang: 'en' }).path).toMatch(/^en\//);
  });

  it('reports each removal and repair', () => {
    const result = importRelease(readFileSync(`${dir}/markup-debris.input.txt`, 'utf8'));
    expect(result.removals.map((r) => r.what).sort()).toEqual(['event handler', 'image tag remnant', 'inline style', 'inline style', 'related links box']);
    const repaired = importRelease(readFileSync(`${dir}/lost-characters.input.txt`, 'utf8'));
    expect(repaired.repairs.map((r) => `${r.from}→${r.to}`)).toEqual(['uvre→œuvre', 'uvre→œuvre', 'uvrons→œuvrons']);
  });

  it('fails a file when a word would be lost', () => {
    const s = structure(seed);
    const good = importRelease(seed).markdown!;
    const dateline = parseDateline('Pérou – x');
    expect(lostWords(seed, s, good, dateline, [])).toBeUndefined();
    const dropped = good.replace('a expliqué Jaime Villanueva', 'a expliqué Villanueva');
    expect(lostWords(seed, s, dropped, dateline, [])).toMatch(/lossless check failed at word \d+: the input has "Jaime"/);
    const swapped = good.replace('552 en 2014 à 889 en 2015', '889 en 2015 à 552 en 2014');
    expect(lostWords(seed, s, swapped, dateline, [])).toMatch(/lossless check failed/);
  });

  it('turns the seeds into the bundled releases, but for what an author added (date, topics, chart, translation key, notes)', () => {
    const pairs: [string, string][] = [
      ['oim-perou-procureurs-traite-2017.txt', '2017-procureurs-traite-perou.md'],
      ['oim-service-telephonique-traite-maintenu-2007.txt', '2007-service-telephonique-traite-maintenu.md'],
    ];
    for (const [raw, content] of pairs) {
      const imported = readFrontMatter(importRelease(readFileSync(`tests/fixtures/seeds/${raw}`, 'utf8')).markdown!, raw);
      const bundled = readFrontMatter(readFileSync(`content/communiques/fr/${content}`, 'utf8'), content);
      if ('problems' in imported || 'problems' in bundled) throw new Error('unreadable');
      const authorFields = ['date', 'topics', 'countries', 'translationKey', 'notes'];
      const strip = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).filter(([k]) => !authorFields.includes(k)));
      expect(strip(imported.data)).toEqual(strip(bundled.data));
      const withoutChart = bundled.body.replace(/\n```chart[\s\S]*?```\n/, '');
      expect(imported.body.trim()).toBe(withoutChart.trim());
    }
  });
});

describe('contact blocks', () => {
  it('reads people joined by "or", with a shared office and normalised phones', () => {
    const { contacts, warnings } = parseContactBlock(
      'Pour plus d’informations, veuillez contacter l’OIM au Pérou, Inés Calderon, Email: icalderon@iom.int or Jeremy Mac Gillivray, Email: jmacgillivray@iom.int, Tel. +51 1 633 0000.',
    );
    expect(warnings).toEqual([]);
    expect(contacts).toEqual([
      { name: 'Inés Calderon', office: 'OIM Pérou', email: 'icalderon@iom.int' },
      { name: 'Jeremy Mac Gillivray', office: 'OIM Pérou', email: 'jmacgillivray@iom.int', phone: '+51 1 6330000' },
    ]);
  });

  it.each([
    ['+51.1.2217209', '+51 1 2217209'],
    ['+ 51.1.221 7209', '+51 1 2217209'],
    ['+593.2.22.53.948', '+593 2 225 3948'],
  ])('normalises %s', (written, phone) => {
    expect(normalisePhone(written).phone).toBe(phone);
  });

  it('keeps the first of two numbers sharing a prefix, and says so', () => {
    expect(normalisePhone('+593.2.22.53.948/49')).toMatchObject({ phone: '+593 2 225 3948', partial: true });
  });

  it.each([
    ['+51 1 221 7209 poste 123'],
    ['+41.22.717.9111, ext. 45'],
    ['+51.1.2217209 anexo 2201'],
  ])('keeps the number of %s without its extension, and says so', (written) => {
    const result = normalisePhone(written);
    expect(result).toMatchObject({ phone: expect.stringMatching(/^\+\d/), partial: true });
    expect(result.phone).not.toMatch(/123$|45$|2201$/);
    expect(result.warning).toBe(`phone "${written}": the number was kept without its extension, and the text is kept as written`);
  });

  it.each(['+', '+593.', '12'])('cannot read %s', (written) => {
    expect(normalisePhone(written).phone).toBeUndefined();
  });

  it('reads "please contact <name> at <office>" without taking the name for the introduction', () => {
    const { contacts, leftovers, warnings } = parseContactBlock('For further information please contact Jane Doe at IOM Geneva, Tel: +41 22 717 9111, Email: jdoe@iom.int');
    expect({ contacts, leftovers, warnings }).toEqual({
      contacts: [{ name: 'Jane Doe', office: 'IOM Geneva', email: 'jdoe@iom.int', phone: '+41 22 717 91 11' }],
      leftovers: [],
      warnings: [],
    });
  });

  it('reads an office phone and a mobile of one person', () => {
    const { contacts, leftovers, warnings } = parseContactBlock(
      'For more information, please contact:\nJoel Smith at IOM HQ, Tel: +41 22 717 9486, Mobile: +41 79 103 8720, Email: jsmith@iom.int',
    );
    expect({ contacts, leftovers, warnings }).toEqual({
      contacts: [{ name: 'Joel Smith', office: 'IOM HQ', phone: '+41 22 717 94 86', mobile: '+41 79 103 87 20', email: 'jsmith@iom.int' }],
      leftovers: [],
      warnings: [],
    });
  });

  it('keeps a second phone of one person in the text instead of replacing the first', () => {
    const { contacts, leftovers, warnings } = parseContactBlock('Pour plus d’informations, veuillez contacter Marie Dupont, OIM Dakar, Tél. : +221 33 869 62 00, Tél. : +221 33 869 62 01');
    expect(contacts).toEqual([{ name: 'Marie Dupont', office: 'OIM Dakar', phone: '+221 33 869 62 00' }]);
    expect(leftovers).toEqual(['Tél. : +221 33 869 62 01']);
    expect(warnings).toEqual(['contact block: a second phone number for Marie Dupont ("Tél. : +221 33 869 62 01") is kept in the text']);
  });

  it.each([
    'Pour plus d’informations, merci de contacter Marie Dupont à l’OIM Dakar',
    'Pour plus d’informations sur la campagne, veuillez contacter : Marie Dupont à l’OIM Dakar',
    'Para más información, por favor contacte a Marie Dupont de la OIM en Dakar',
    'For further information, please contact Marie Dupont at IOM Dakar',
    'Contact presse : Marie Dupont à l’OIM Dakar',
    'Media contact: Marie Dupont at IOM Dakar',
  ])('reads the person named right after the introduction in "%s"', (block) => {
    expect(parseContactBlock(block).contacts).toEqual([{ name: 'Marie Dupont', office: expect.stringMatching(/^(OIM|IOM) Dakar$/) }]);
  });

  it('takes a "Media contacts" line for the start of the contact block', () => {
    const raw = 'News\nGlobal\n\nIOM opens a centre in Dakar\n\nDakar - IOM opened a centre today.\n\nMedia contacts:\nMarie Dupont, IOM Dakar, Tel: +221 33 869 62 00\n';
    const result = importRelease(raw, { date: '2019-06-05' });
    expect(result.errors).toEqual([]);
    expect(readFrontMatter(result.markdown!, 'x.md')).toMatchObject({ data: { contacts: [{ name: 'Marie Dupont', office: 'IOM Dakar', phone: '+221 33 869 62 00' }] } });
  });

  it('does not take a paragraph starting with "Press contacts" for the contact block', () => {
    const raw = 'News\nGlobal\n\nIOM opens a centre in Dakar\n\nDakar - IOM opened a centre today.\n\nPress contacts between the two ministries will resume next week.\n\nThe centre opens daily.\n';
    const result = importRelease(raw, { date: '2019-06-05' });
    expect(result.markdown).toContain('\n\nPress contacts between the two ministries will resume next week.\n\nThe centre opens daily.\n');
    expect(result.markdown).not.toContain('Contact block as received');
  });

  it('takes "Contact:", "Contacto :" and "For media enquiries" for the start of the contact block, not "Contacts" opening a sentence', () => {
    for (const intro of ['Contact:', 'Contacts :', 'Contacto:', 'For media enquiries, please contact']) {
      const raw = `News\nGlobal\n\nIOM opens a centre in Dakar\n\nDakar - IOM opened a centre today.\n\n${intro} Marie Dupont, IOM Dakar, Tel: +221 33 869 62 00\n`;
      const result = importRelease(raw, { date: '2019-06-05' });
      expect(result.errors).toEqual([]);
      expect(readFrontMatter(result.markdown!, 'x.md')).toMatchObject({ data: { contacts: [{ name: 'Marie Dupont', office: 'IOM Dakar', phone: '+221 33 869 62 00' }] } });
    }
    const raw = 'News\nGlobal\n\nIOM opens a centre in Dakar\n\nDakar - IOM opened a centre today.\n\nContacts with the two ministries will resume next week.\n';
    expect(importRelease(raw, { date: '2019-06-05' }).markdown).toContain('\n\nContacts with the two ministries will resume next week.\n');
  });

  it('reads a phone and a mobile of one person separated by a dash before the label', () => {
    const { contacts, leftovers } = parseContactBlock('Pour de plus amples informations, prière de contacter Paul Martin, OIM Genève, Tél. : +41 22 717 91 11 – Portable : +41 79 555 01 43, Courriel : pmartin@iom.int');
    expect(contacts).toEqual([{ name: 'Paul Martin', office: 'OIM Genève', phone: '+41 22 717 91 11', mobile: '+41 79 555 01 43', email: 'pmartin@iom.int' }]);
    expect(leftovers).toEqual([]);
  });

  it('reads a role after a name, before or after the office, and never takes a second person for a role', () => {
    expect(parseContactBlock('For further information please contact Jane Doe, IOM Geneva, Spokesperson, Tel: +41 22 717 9111').contacts).toEqual([
      { name: 'Jane Doe', role: 'Spokesperson', office: 'IOM Geneva', phone: '+41 22 717 91 11' },
    ]);
    expect(parseContactBlock('Contact: Ana Director, OIM Lima, Tel: +51 1 633 0000').contacts).toEqual([{ name: 'Ana Director', office: 'OIM Lima', phone: '+51 1 6330000' }]);
    expect(parseContactBlock('For further information please contact Jane Doe, Tel: +41 22 717 9111, or John Head, Tel: +41 22 717 9112').contacts.map((c) => c.name)).toEqual([
      'Jane Doe',
      'John Head',
    ]);
  });

  it.each([
    ['For further information please contact Jane Doe at IOM Geneva on +41 22 717 9111 or jdoe@iom.int'],
    ['For further information please contact Jane Doe at IOM Geneva, tel. +41 22 717 9111, or by email at jdoe@iom.int'],
    ['For further information please contact Jane Doe (IOM Geneva) on +41 22 717 9111 or at jdoe@iom.int'],
  ])('reads a contact written as a sentence: %s', (block) => {
    const { contacts, leftovers, warnings } = parseContactBlock(block);
    expect({ contacts, leftovers, warnings }).toEqual({
      contacts: [{ name: 'Jane Doe', office: 'IOM Geneva', email: 'jdoe@iom.int', phone: '+41 22 717 91 11' }],
      leftovers: [],
      warnings: [],
    });
  });

  it('reads a French sentence the same way, and "or" before another person still separates them', () => {
    expect(parseContactBlock('Pour plus d’informations, veuillez contacter Marie Dupont à l’OIM Dakar au +221 33 869 62 00 ou par courriel à mdupont@iom.int').contacts).toEqual([
      { name: 'Marie Dupont', office: 'OIM Dakar', email: 'mdupont@iom.int', phone: '+221 33 869 62 00' },
    ]);
    expect(parseContactBlock('For further information please contact Jane Doe, Tel: +41 22 717 9111, or John Roe, Tel: +39 06 4423 1428').contacts.map((c) => c.name)).toEqual(['Jane Doe', 'John Roe']);
    expect(parseContactBlock('Para más información: Ana Ruiz, OIM Lima, WhatsApp: +51 987 654 321').contacts).toEqual([{ name: 'Ana Ruiz', office: 'OIM Lima', mobile: '+51 987 654 321' }]);
  });

  it.each([
    ['Pour plus d’informations, veuillez contacter Jean Dupont OIM Dakar Tél. : +221 33 869 62 00 Email : jdupont@iom.int', { name: 'Jean Dupont', office: 'OIM Dakar', phone: '+221 33 869 62 00', email: 'jdupont@iom.int' }],
    ['For further information please contact Jane Doe, IOM Geneva. Tel: +41 22 717 9111. Email: jdoe@iom.int', { name: 'Jane Doe', office: 'IOM Geneva', phone: '+41 22 717 91 11', email: 'jdoe@iom.int' }],
    ['Para más información: Ana Ruiz – OIM Lima – Tel: +51 1 633 0000 – aruiz@iom.int', { name: 'Ana Ruiz', office: 'OIM Lima', phone: '+51 1 6330000', email: 'aruiz@iom.int' }],
    ['For further information please contact Jane Doe, Spokesperson IOM Geneva, Tel: +41 22 717 9111', { name: 'Jane Doe', role: 'Spokesperson', office: 'IOM Geneva', phone: '+41 22 717 91 11' }],
    ['For further information please contact Telma Ruiz, IOM Lima, Tel: +51 1 633 0000', { name: 'Telma Ruiz', office: 'IOM Lima', phone: '+51 1 6330000' }],
    ['Para más información: Celia Mora, OIM Quito, Cel: +593 99 123 4567, Email: cmora@iom.int', { name: 'Celia Mora', office: 'OIM Quito', mobile: '+593 99 123 4567', email: 'cmora@iom.int' }],
    ['Para más información, póngase en contacto con la Unidad de Comunicaciones de la OIM, Tel: +51 1 633 0000, Email: comunicaciones@iom.int', { name: 'Unidad de Comunicaciones de la OIM', phone: '+51 1 6330000', email: 'comunicaciones@iom.int' }],
  ])('reads details run on without commas, and names that start like a label: %s', (block, contact) => {
    const { contacts, leftovers } = parseContactBlock(block);
    expect(contacts).toEqual([contact]);
    expect(leftovers).toEqual([]);
  });

  it('reads an address spelled out against spam ("[at]", "(arroba)", "(punto)"), and says so', () => {
    const { contacts, warnings } = parseContactBlock('Para más información: Ana Ruiz, OIM Lima, Email: aruiz (arroba) oim (punto) int');
    expect(contacts).toEqual([{ name: 'Ana Ruiz', office: 'OIM Lima', email: 'aruiz@oim.int' }]);
    expect(warnings).toEqual(['contact block: the address written "aruiz (arroba) oim (punto) int" was read as aruiz@oim.int']);
  });

  it('reads "o con <name>" as the next person', () => {
    const { contacts } = parseContactBlock('Para mayor información, comunicarse con: Carla Torres de la OIM en Lima, Correo electrónico: ctorres@iom.int o con Pedro Ruiz, OIM Lima');
    expect(contacts).toEqual([
      { name: 'Carla Torres', office: 'OIM Lima', email: 'ctorres@iom.int' },
      { name: 'Pedro Ruiz', office: 'OIM Lima' },
    ]);
  });

  it('reads "y" / "and" / "et" between two people only after an address or a number, never inside a name', () => {
    const { contacts, leftovers } = parseContactBlock(
      'Para más información, póngase en contacto con: José Ortega y Gasset, OIM Quito, Email: jortega@iom.int y Diego Pérez, Email: dperez@iom.int',
    );
    expect(leftovers).toEqual([]);
    expect(contacts).toEqual([
      { name: 'José Ortega y Gasset', office: 'OIM Quito', email: 'jortega@iom.int' },
      { name: 'Diego Pérez', email: 'dperez@iom.int' },
    ]);
    expect(parseContactBlock('For further information please contact Jane Doe, IOM Dakar, Tel: +221 33 869 62 00 and John Roe, Email: jroe@iom.int').contacts).toEqual([
      { name: 'Jane Doe', office: 'IOM Dakar', phone: '+221 33 869 62 00' },
      { name: 'John Roe', email: 'jroe@iom.int' },
    ]);
  });

  it('reads the details of a contact exported as table cells, separated by tabs', () => {
    const { contacts, leftovers } = parseContactBlock('Media contact:\nJorge Baca\tIOM Lima\tTel: +51.1.633 0000\tEmail: jbaca@iom.int');
    expect(leftovers).toEqual([]);
    expect(contacts).toEqual([{ name: 'Jorge Baca', office: 'IOM Lima', email: 'jbaca@iom.int', phone: '+51 1 6330000' }]);
  });

  it('reads "ou" alone on its line between two people', () => {
    const { contacts, leftovers } = parseContactBlock(
      'Pour plus d’informations, veuillez contacter :\nAnne Martin\nOIM Niamey\nTél. : +227 20 75 23 31\nou\nPaul Morel\nOIM Agadez\nEmail: pmorel@iom.int',
    );
    expect(leftovers).toEqual([]);
    expect(contacts).toEqual([
      { name: 'Anne Martin', office: 'OIM Niamey', phone: '+227 20 75 23 31' },
      { name: 'Paul Morel', office: 'OIM Agadez', email: 'pmorel@iom.int' },
    ]);
  });

  it.each([
    ['Bureau de l’OIM à Genève'],
    ['Oficina de la OIM en Lima'],
    ['Office of IOM in Dakar'],
  ])('reads "%s" as an office as written, not as a person', (office) => {
    const { contacts, leftovers } = parseContactBlock(`For further information please contact Marie Dupont, ${office}, Tel: +41 22 717 91 11`);
    expect(leftovers).toEqual([]);
    expect(contacts).toEqual([{ name: 'Marie Dupont', office, phone: '+41 22 717 91 11' }]);
  });

  it('keeps a second office of one person in the text instead of replacing the first', () => {
    const { contacts, leftovers, warnings } = parseContactBlock('For further information please contact:\nPaul Morel\nIOM Tripoli\nIOM Tunis');
    expect(contacts).toEqual([{ name: 'Paul Morel', office: 'IOM Tripoli' }]);
    expect(leftovers).toEqual(['IOM Tunis']);
    expect(warnings).toContain('contact block: a second office for Paul Morel ("IOM Tunis") is kept in the text');
  });

  it.each([
    ['Email: "mailto:press@iom.int">press@iom.int', 'Email: press@iom.int', '"mailto:press@iom.int">'],
    ['Write to "mailto:press@iom.int">the press office', undefined, undefined],
    // A link that showed another address is left for the author, with a warning.
    ['Write to "mailto:press@iom.int">media@iom.int today.', 'Write to "mailto:press@iom.int"\\>media@iom.int today.', undefined],
  ])('imports a body line holding a mailto remnant, %s, without losing a word', (line, kept, removed) => {
    const raw = `News\nGlobal\n\nIOM opens a centre in Dakar\n\nDakar - IOM opened a centre today.\n\n${line}\n`;
    const result = importRelease(raw, { date: '2019-06-05' });
    expect(result.errors).toEqual([]);
    if (kept) expect(result.markdown).toContain(`\n\n${kept}\n`);
    if (removed) expect(result.removals).toContainEqual({ what: 'mailto link remnant', text: removed, line: 8 });
    else expect(result.warnings.join('\n')).toContain('looks like markup was kept as written');
  });

  it('removes the marks a release ends with ("###", "-ENDS-", "- FIN -", "-30-"), and nothing that only looks like one', () => {
    const raw = (mark: string) => `News\nGlobal\n\nIOM opens a centre\n\nDakar - IOM opened a centre today.\n\n${mark}\n\nThe centre opens daily.\n`;
    for (const mark of ['###', '-ENDS-', '- FIN -', '-30-', 'END']) {
      const result = importRelease(raw(mark), { date: '2019-06-05' });
      expect(result.removals).toEqual([{ what: 'end-of-release mark', text: mark, line: 8 }]);
      expect(result.markdown).not.toContain(mark.replace(/[-\s]/g, ''));
    }
    for (const text of ['30', 'Fin de la distribution.', '## Contexte']) {
      expect(importRelease(raw(text), { date: '2019-06-05' }).removals).toEqual([]);
    }
  });

  it('reads the agency in brackets after the place or date of a dateline', () => {
    expect(parseDateline('Genève (OIM) – L’OIM a lancé un appel.')).toMatchObject({ place: 'Genève', rest: 'L’OIM a lancé un appel.' });
    expect(parseDateline('LIMA, 2 de diciembre de 2016 (OIM) – La OIM presentó una guía.')).toMatchObject({ place: 'LIMA', date: { iso: '2016-12-02' }, rest: 'La OIM presentó una guía.' });
  });

  it('takes a caption over several lines only up to a blank line, never the first paragraph after it', () => {
    const raw = 'Communiqué\nGlobal\nDes familles reçoivent une aide\nPhoto : des familles à Port-au-Prince. © OIM 2010\nHaïti – L’OIM a distribué des abris.\n';
    const s = structure(raw);
    expect(s.caption).toBe('Photo : des familles à Port-au-Prince. © OIM 2010');
    expect(s.blocks.map((b) => b.items.join(' '))).toEqual(['Haïti – L’OIM a distribué des abris.']);
    const undated = structure(raw.replace('Haïti – ', ''));
    expect(undated.blocks.map((b) => b.items.join(' '))).toEqual(['L’OIM a distribué des abris.']);
  });

  it('makes headings of the section titles releases share, and of nothing else', () => {
    const blocks = structure('Communiqué\nGlobal\n\nUn titre\n\nPérou – Texte.\n\nContexte :\n\nLe plan.\n\nÀ propos de l’OIM\nL’OIM est…\n\nContexte général de la crise\n\nMerci\n').blocks;
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.items[0])).toEqual(['Contexte', 'À propos de l’OIM']);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.items[0])).toContain('Contexte général de la crise');
  });

  it('reads a numbered list from 1 and in order, not a wrapped line that starts with a number', () => {
    const list = structure('Communiqué\nGlobal\n\nUn titre\n\nPérou – Les kits contiennent :\n1. des couvertures\n2) des gants\n').blocks;
    expect(list.at(-1)).toMatchObject({ kind: 'list', ordered: true, items: ['des couvertures', 'des gants'] });
    const wrapped = structure('Communiqué\nGlobal\n\nUn titre\n\nPérou – Le nombre de centres est passé de 9 à\n15. Les autorités ont salué ce progrès.\n').blocks;
    expect(wrapped.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('joins a title cut over lines only when a line is cut and a blank line, a caption or a dateline follows', () => {
    const wrapped = structure('Communiqué\nGlobal\n\nL’OIM renforce la lutte contre la\ntraite des personnes\n\nPérou – Texte.\n');
    expect(wrapped.title).toBe('L’OIM renforce la lutte contre la traite des personnes');
    // Cut after a preposition, the next line in capitals; no blank line before the dateline.
    const proper = structure('Communiqué\nGlobal\n\nL’OIM ouvre un centre à\nPuerto Maldonado\nPérou – Texte.\n');
    expect(proper.title).toBe('L’OIM ouvre un centre à Puerto Maldonado');
    // One paragraph per line (navigation exports): the line after the title is the body, even in lower case.
    const perLine = structure('Who we are\nOur Work\nIOM opens a centre in Dakar\nmore than 200 people came on the first day.\nThe centre opens daily.\n');
    expect(perLine.title).toBe('IOM opens a centre in Dakar');
    // A line as long as hard-wrapped ones, cut before a proper noun.
    expect(structure('News\nGlobal\n\nIOM Opens a Regional Office for South America in Buenos\nAires\n\nPeru - Text.\n').title).toBe(
      'IOM Opens a Regional Office for South America in Buenos Aires',
    );
    // A short title that is not cut keeps its own line, whatever follows; so does a title printed twice.
    expect(structure('Communiqué\nGlobal\n\nL’OIM ouvre un centre\nUn sous-titre\n\nPérou – Texte.\n').title).toBe('L’OIM ouvre un centre');
    const twice = 'IOM Helps Stranded Migrants Return Home from Yemen';
    expect(structure(`News\nGlobal\n\n${twice}\n${twice}\nPhoto: IOM 2016\n\nAden – Text.\n`).title).toBe(twice);
  });

  it('takes a short unknown menu entry right before the title for the menu, not for the title', () => {
    const raw = 'Quiénes somos\nNuestro trabajo\nCentro de medios\nLa OIM abre una oficina en Quito\nQuito, 3 de mayo de 2019.- La OIM abrió hoy una oficina.\nLa oficina atenderá a 300 personas por día.\n';
    const result = importRelease(raw, {});
    expect(result.errors).toEqual([]);
    expect(readFrontMatter(result.markdown!, 'x.md')).toMatchObject({ data: { title: 'La OIM abre una oficina en Quito', dateline: 'Quito' } });
    expect(result.markdown).toContain('\ndate: 2019-05-03\n');
    expect(result.removals).toContainEqual({ what: 'website navigation menu', text: 'Quiénes somos | Nuestro trabajo | Centro de medios', line: 1 });
  });

  it.each([
    ['a first line cut where a link was removed', 'Who we are\nOur Work\nGhana floods\nIOM today began distributing shelter kits to families displaced by\nfloods in the Upper East region.\n'],
    ['a first line with a dateline', 'Who we are\nOur Work\nGhana floods\nGhana - IOM today began distributing shelter kits to families displaced by\nFloods hit the Upper East region.\n'],
  ])('keeps a short title before %s', (_, raw) => {
    const result = importRelease(raw, { date: '2019-06-05' });
    expect(result.errors).toEqual([]);
    expect(readFrontMatter(result.markdown!, 'x.md')).toMatchObject({ data: { title: 'Ghana floods' } });
  });

  it('warns when the dateline names a country the text never names again', () => {
    const about = (dateline: string, text: string) =>
      importRelease(`News\nGlobal\n\nArrivals reach 100,000\n\n${dateline} - ${text}\n`, { date: '2019-06-05' }).warnings.filter((w) => w.startsWith('countries:'));
    expect(about('Switzerland', 'IOM reports that 100,000 migrants entered Europe by sea this year.')).toEqual([
      'countries: CH comes from the dateline "Switzerland", which the text does not name again: check that the release is about Switzerland',
    ]);
    expect(about('Peru', 'IOM trained 60 prosecutors, the first in Peru to specialise in trafficking.')).toEqual([]);
    expect(about('Peru', 'L’OIM a formé 60 procureurs au Pérou.')).toEqual([]);
  });

  it('removes a related-links box that follows the contact block, and says so', () => {
    const raw = 'News\nGlobal\n\nIOM opens a centre in Dakar\n\nDakar - IOM opened a centre today.\n\nFor further information please contact Marie Dupont, IOM Dakar\nRelated links\nIOM Senegal\nAnnual report\n';
    const result = importRelease(raw, { date: '2019-06-05' });
    expect(result.errors).toEqual([]);
    expect(result.removals).toContainEqual({ what: 'related links box', text: 'Related links | IOM Senegal | Annual report', line: 9 });
    expect(result.markdown).not.toContain('Annual report\n\n');
    expect(readFrontMatter(result.markdown!, 'x.md')).toMatchObject({ data: { contacts: [{ name: 'Marie Dupont', office: 'IOM Dakar' }] } });
  });

  it('reads a phone and an e-mail separated by " / " on one line', () => {
    const { contacts, warnings } = parseContactBlock('For further information please contact:\nJohn Smith, IOM Buenos Aires, Tel. +54 11 4813 3330 / Email: jsmith@iom.int');
    expect(warnings).toEqual([]);
    expect(contacts).toEqual([{ name: 'John Smith', office: 'IOM Buenos Aires', email: 'jsmith@iom.int', phone: '+54 11 4813 3330' }]);
  });

  it.each([
    ['Jane Doe at IOM Geneva', { name: 'Jane Doe', office: 'IOM Geneva' }],
    ['Marie Dupont à l’OIM Genève', { name: 'Marie Dupont', office: 'OIM Genève' }],
    ['Ana Pérez de la OIM en Quito', { name: 'Ana Pérez', office: 'OIM Quito' }],
    ['Jean de la Fontaine at IOM Dakar', { name: 'Jean de la Fontaine', office: 'IOM Dakar' }],
    ['IOM Geneva: Jane Doe', { name: 'Jane Doe', office: 'IOM Geneva' }],
    ['IOM Geneva — Jane Doe', { name: 'Jane Doe', office: 'IOM Geneva' }],
    ['OIM Lima - Ana Pérez', { name: 'Ana Pérez', office: 'OIM Lima' }],
    ['the Media Office at IOM Headquarters', undefined],
    ['IOM Geneva', undefined],
  ])('reads a person and an office in "%s"', (item, expected) => {
    expect(personAndOffice(item)).toEqual(expected);
  });

  it('keeps the whole block in the text when a word of it would reach neither a contact nor the text', () => {
    // Two offices before anyone is named: the office named first would be lost.
    const { contacts, leftovers, warnings } = parseContactBlock('For more information please contact IOM Geneva, IOM Dakar, Email: press@iom.int');
    expect(contacts).toEqual([{ name: 'IOM Dakar', email: 'press@iom.int' }]);
    expect(leftovers).toEqual(['IOM Geneva, IOM Dakar, Email: press@iom.int']);
    expect(warnings.at(-1)).toBe('contact block: "geneva" could not be placed in a contact; the block is kept in the text');
  });

  it('takes the office for the contact when no person is named, and says so', () => {
    const { contacts, leftovers, warnings } = parseContactBlock('Pour plus d’informations, veuillez contacter l’OIM au Pérou, Tél. : + 51.1.221 7209, Email: iomlima@iom.int');
    expect(contacts).toEqual([{ name: 'OIM Pérou', email: 'iomlima@iom.int', phone: '+51 1 2217209' }]);
    expect(leftovers).toEqual([]);
    expect(warnings).toEqual(['contact block: no person is named; the office ("OIM Pérou") is the contact']);
  });

  it('names offices without articles', () => {
    expect(normaliseOffice('l’OIM au Pérou')).toBe('OIM Pérou');
    expect(normaliseOffice('la OIM en el Perú')).toBe('OIM Perú');
    expect(normaliseOffice('IOM Dhaka')).toBe('IOM Dhaka');
  });
});

describe('markup debris in a line', () => {
  it('removes CSS declarations left after a quote, even with text right after them, and reports them', () => {
    const { text, removals } = cleanLine('Les victimes. "border: 1px solid rgb(51, 102, 204); margin: 0pt 0pt 10px 10px; Les sessions ont eu lieu.', 4);
    expect(text).toBe('Les victimes. Les sessions ont eu lieu.');
    expect(removals).toEqual([{ what: 'inline style', text: '"border: 1px solid rgb(51, 102, 204); margin: 0pt 0pt 10px 10px;', line: 4 }]);
  });

  it('removes the rest of such a rule when a hard wrap put it at the start of the next line', () => {
    const { text, removals } = cleanLine('margin: 0pt 0pt 10px 10px; Les sessions ont eu lieu à Lima.', 5);
    expect(text).toBe('Les sessions ont eu lieu à Lima.');
    expect(removals).toEqual([{ what: 'inline style', text: 'margin: 0pt 0pt 10px 10px;', line: 5 }]);
    expect(cleanLine('height: three metres; the old wall was lower.', 1).removals).toEqual([]);
  });

  it('leaves prose with a measure and a semicolon alone', () => {
    const line = 'The new wall has a height: 3 metres; the old one was lower.';
    expect(cleanLine(line, 1)).toEqual({ text: line, removals: [] });
  });
});

describe('characters an export left encoded', () => {
  it('decodes HTML character references, reporting each once, and leaves anything else with "&" alone', () => {
    expect(decodeReferences('&quot;Oui&quot;, a dit l&#8217;agent &eacute;lu &mdash; AT&T &foo; R&D.')).toEqual({
      text: '"Oui", a dit l’agent élu — AT&T &foo; R&D.',
      repairs: [
        { from: '&quot;', to: '"' },
        { from: '&#8217;', to: '’' },
        { from: '&eacute;', to: 'é' },
        { from: '&mdash;', to: '—' },
      ],
    });
  });

  it('keeps a no-break space that holds two words together, not one beside an ordinary space', () => {
    expect(decodeReferences('et &nbsp; des entités, 20&nbsp;%').text).toBe('et des entités, 20\u00a0%');
  });

  it('decodes them before reading the release, so that an encoded contact block is read like any other', () => {
    const raw = 'Communiqué\nGlobal\n\nUn titre\n\nPérou – Le texte.\n\nPour plus d&#8217;informations, veuillez contacter Ren&eacute;e Dupont, OIM Lima, T&eacute;l.&nbsp;: +51 1 633 0000\n';
    const result = importRelease(raw, { date: '2019-06-05' });
    expect(result.errors).toEqual([]);
    expect(readFrontMatter(result.markdown!, 'x.md')).toMatchObject({ data: { contacts: [{ name: 'Renée Dupont', office: 'OIM Lima', phone: '+51 1 6330000' }] } });
    expect(result.repairs).toEqual([
      { from: '&#8217;', to: '’' },
      { from: '&eacute;', to: 'é' },
      { from: '&nbsp;', to: '\u00a0' },
    ]);
  });
});

describe('reading archived files', () => {
  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('« Réunion » à 20 € — ñ'))).toEqual({ text: '« Réunion » à 20 € — ñ', encoding: 'UTF-8' });
  });

  it('reads what is not UTF-8 as Windows-1252, keeping accents, curly quotes and the euro sign', () => {
    const bytes = Uint8Array.from([0x93, 0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e, 0x94, 0x20, 0x80, 0x20, 0xf1]);
    expect(decodeText(bytes)).toEqual({ text: '“Réunion” € ñ', encoding: 'Windows-1252' });
  });

  it('reads UTF-16 when a byte-order mark says so', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...'Pérou'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(le)).toEqual({ text: 'Pérou', encoding: 'UTF-16LE' });
  });

  it('undoes UTF-8 that an old system encoded a second time', () => {
    const text = 'Pérou – L’OIM a formé « 40 procureurs » à Lima, été 2017 € œuvre ñ';
    // Its UTF-8 bytes read as Windows-1252, then saved as UTF-8: "PÃ©rou â€“ Lâ€™OIM…".
    const twice = new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
    expect(twice.startsWith('PÃ©rou â€“ Lâ€™OIM')).toBe(true);
    expect(decodeText(new TextEncoder().encode(twice))).toEqual({ text, encoding: 'UTF-8 encoded twice' });
  });

  it.each([
    ['ordinary French', 'L’OIM à Genève, « été » 2017 — 20 €'],
    ['ASCII only', 'IOM in Geneva'],
    ['a Portuguese name in capitals', 'SÃO PAULO'],
    ['one slip in an otherwise good text', 'Pérou : PÃ©rou'],
  ])('leaves %s as it is', (_, text) => {
    expect(encodedTwice(text)).toBeUndefined();
  });

  it('says, in the report and the file, that a release was read as Windows-1252', () => {
    const raw = 'News\nGlobal\n\nTitle of the release\n\nGeneva - IOM today said \x93hello\x94 for \x80 5.\n';
    const { text, encoding } = decodeText(Uint8Array.from([...raw].map((c) => c.charCodeAt(0))));
    const result = importRelease(text, { encoding, source: 'old.txt' });
    expect(result.repairs[0]).toEqual({ from: 'text in Windows-1252', to: 'UTF-8' });
    expect(result.markdown).toContain('\n  Imported from old.txt by the Communiqués importer (read as Windows-1252).\n');
    expect(result.markdown).toContain('IOM today said “hello” for € 5.');
  });
});

describe('dates in archived text', () => {
  it.each([
    ['GENEVA, Jan. 31, 2017 – IOM said.', 'GENEVA', '2017-01-31'],
    ['Geneva, 31 Jan 2017 - IOM said.', 'Geneva', '2017-01-31'],
    ['Genève, 2 déc. 2016 – L’OIM a dit.', 'Genève', '2016-12-02'],
    ['Lima, 1ro de mayo de 2016 – La OIM dijo.', 'Lima', '2016-05-01'],
    ['Dakar, 12 avril 2016 : L’OIM a dit.', 'Dakar', '2016-04-12'],
    ['Port-au-Prince, Haïti – L’OIM a dit.', 'Port-au-Prince, Haïti', undefined],
    ['San José de Costa Rica – La OIM dijo.', 'San José de Costa Rica', undefined],
    ['Ginebra / Lima – La OIM dijo.', 'Ginebra / Lima', undefined],
  ])('reads the dateline "%s"', (text, place, iso) => {
    const dateline = parseDateline(text);
    expect(dateline?.place).toBe(place);
    expect(dateline?.date?.iso).toBe(iso);
  });

  it.each([
    ['12 juin 2017', '2017-06-12'],
    ['Posted: Monday, 12 June 2017', '2017-06-12'],
    ['Publié le 12 juin 2017', '2017-06-12'],
    ['Fecha: 12 de junio de 2017.', '2017-06-12'],
  ])('reads "%s" as a line holding only a date', (line, iso) => {
    expect(dateLine(line)?.iso).toBe(iso);
  });

  it('does not read a sentence or a title with a date in it as a date line', () => {
    for (const line of ['Le 12 juin 2017, l’OIM a ouvert un centre.', 'Bilan au 12 juin 2017', 'Posted: soon']) expect(dateLine(line)).toBeUndefined();
  });

  it('dates a release by a date line before or after the title, and says so when the dateline disagrees', () => {
    const before = importRelease('Communiqué\nGlobal\n\n12 juin 2017\n\nL’OIM ouvre un centre\n\nPérou, 13 juin 2017 – L’OIM a ouvert un centre.\n');
    expect(before.markdown).toContain('\ntitle: L’OIM ouvre un centre\n');
    expect(before.markdown).toContain('\ndate: 2017-06-12\n');
    expect(before.warnings).toContain('date: the date line says 2017-06-12 and the dateline 2017-06-13; the date line\'s was taken: check it');
    expect(before.removals).toEqual([{ what: 'date line (the release is dated by it)', text: '12 juin 2017', line: 4 }]);
  });

  it('takes the country of a dateline that names its town first ("Port-au-Prince, Haïti"), and never guesses a numeric date', () => {
    expect(countryCode('Port-au-Prince, Haïti')).toBe('HT');
    expect(countryCode('Lima, Perú')).toBe('PE');
    expect(countryCode('Lima')).toBeUndefined();
    // Withdrawn codes CLDR still names after their successors are never given: Benin is BJ, not DY.
    expect(countryCode('Bénin')).toBe('BJ');
    expect(countryCode('Timor oriental')).toBe('TL');
    expect(countryCode('Congo-Kinshasa')).toBe('CD');
    expect(parseDateline('Quito, 2/12/2016 – La OIM dijo.')?.date).toBeUndefined();
  });

  it.each([
    ['Aujourd’hui, 31 janvier 2017, l’OIM', '2017-01-31'],
    ['Lima, 2 de diciembre de 2016.-', '2016-12-02'],
    ['Lima 21, de julio de2018.-', '2018-07-21'],
    ['Geneva, 2 October 2016', '2016-10-02'],
    ['October 2, 2016', '2016-10-02'],
    ['le 1er mars 2015', '2015-03-01'],
  ])('finds the complete date in "%s"', (text, iso) => {
    expect(unambiguousDate(text)?.iso).toBe(iso);
  });

  it.each(['Aujourd’hui, 31 janvier', 'today (31/01)', 'dimanche 28 septembre', '9 de marzo', '2-4 October', 'le 30 février 2017'])(
    'finds no date in "%s"',
    (text) => {
      expect(completeDates(text)).toEqual([]);
    },
  );

  it('knows a country by its name in any of the three languages, as a whole word', () => {
    expect(namesCountry('Les migrants arrivés au Pérou', 'PE')).toBe(true);
    expect(namesCountry('migrantes en el Perú', 'PE')).toBe(true);
    expect(namesCountry('Peruvian prosecutors', 'PE')).toBe(false);
    expect(namesCountry('IOM in Niger and Nigeria', 'NE')).toBe(true);
    expect(namesCountry('IOM in Nigeria', 'NE')).toBe(false);
  });

  it('refuses to choose between two dates', () => {
    expect(unambiguousDate('Signed on 2 October 2016 and ratified on 5 March 2017.')).toBeUndefined();
  });

  it.each([
    ['Pérou – Aujourd’hui', 'Pérou', undefined],
    ['Peru - Today', 'Peru', undefined],
    ['Lima, 2 de diciembre de 2016.- La OIM', 'Lima', '2016-12-02'],
    ['GENÈVE — Le HCR', 'GENÈVE', undefined],
    ['Bogotá, 9 de marzo - La OIM', 'Bogotá', undefined],
    ['Dakar, le 1er avril – L’OIM', 'Dakar', undefined],
    ['Geneva, October 2 - IOM', 'Geneva', undefined],
  ])('reads the dateline of "%s"', (text, place, date) => {
    const d = parseDateline(text)!;
    expect(d.place).toBe(place);
    expect(d.date?.iso).toBe(date);
    expect(d.raw + d.rest).toBe(text);
    expect(d.rest).toMatch(/^\S/);
  });

  it.each(['Le gouvernement péruvien a annoncé - ce lundi - que', 'Today, 31 January – IOM said', 'Hoy, 9 de marzo - la OIM'])(
    'does not take "%s" for a dateline',
    (text) => {
      expect(parseDateline(text)).toBeUndefined();
    },
  );
});

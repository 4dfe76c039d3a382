import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRelease, NEEDS_REVIEW, parseRelease } from '../../src/release/file-format.ts';

// Every release file the project writes or ships: the bundled releases and what the importer writes.
const files = [
  ...readdirSync('content/communiques', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => `content/communiques/${f}`),
  ...['tests/fixtures/importer', 'tests/fixtures/importer-batch'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.expected.md')).map((f) => `${dir}/${f}`)),
];

/** The lines of b that a does not have, and the other way round. */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const la = a.split('\n');
  const lb = b.split('\n');
  return { removed: la.filter((l) => !lb.includes(l)), added: lb.filter((l) => !la.includes(l)) };
}

describe('a release file, written the one way', () => {
  it.each(files)('%s reads back and is written the same', (file) => {
    const source = readFileSync(file, 'utf8');
    const { data, body } = parseRelease(source, file);
    expect(formatRelease(data, body)).toBe(source);
  });

  it('changes the lines of the one field that changed, whatever the field', () => {
    const file = 'content/communiques/fr/2017-procureurs-traite-perou.md';
    const source = readFileSync(file, 'utf8');
    const { data, body } = parseRelease(source, file);
    const edits: [Record<string, unknown>, { removed: string[]; added: string[] }][] = [
      [{ dateline: 'Lima, Pérou' }, { removed: ['dateline: Pérou'], added: ['dateline: Lima, Pérou'] }],
      [{ summary: 'Une formation de deux jours.' }, { removed: [], added: ['summary: Une formation de deux jours.'] }],
      [{ topics: ['counter-trafficking'] }, { removed: ['topics: [counter-trafficking, capacity-building]'], added: ['topics: [counter-trafficking]'] }],
      [{ draft: true }, { removed: [], added: ['draft: true'] }],
    ];
    for (const [edit, expected] of edits) expect(changedLines(source, formatRelease({ ...data, ...edit }, body))).toEqual(expected);
  });

  it('puts fields in the schema’s order, leaves out empty ones (and empty list items) and the default draft: false, and keeps fields it does not know', () => {
    const written = formatRelease(
      { contacts: [{ email: 'a@example.org', name: 'Ana' }, {}], title: 'T', summary: '', topics: [], draft: false, lang: 'fr', date: '2026-12-04', extra: 1 },
      '\n\nTexte.\n\n',
    );
    expect(written).toBe('---\ntitle: T\nlang: fr\ndate: 2026-12-04\ncontacts:\n  - name: Ana\n    email: a@example.org\nextra: 1\n---\n\nTexte.\n');
  });

  it('quotes what YAML would read as something else, and keeps text on many lines as written', () => {
    const data = { title: 'Oui: « non » # pas un commentaire', lang: 'fr', date: '2026-12', dateline: 'true', notes: 'Ligne un\n  Ligne deux: retrait' };
    const { data: back } = parseRelease(formatRelease(data, 'Texte.'));
    expect(back).toEqual(data);
  });

  it('opens a draft that needs review with a comment saying why, made from its notes, and leaves it out once published', () => {
    const notes = `${NEEDS_REVIEW}\n- title: too long\n- contacts: none read\nImported from a.txt by the Communiqués importer.`;
    const data = { title: 'T', lang: 'en', date: '2020-05-04', draft: true, notes };
    const written = formatRelease(data, 'Text.');
    expect(written.startsWith(`---\n# ${NEEDS_REVIEW}\n# - title: too long\n# - contacts: none read\ntitle: T\n`)).toBe(true);
    expect(formatRelease(parseRelease(written).data, 'Text.')).toBe(written);
    expect(formatRelease({ ...data, draft: false }, 'Text.')).not.toContain('# ');
    expect(formatRelease({ ...data, notes: 'Imported from a.txt.' }, 'Text.')).not.toContain('# ');
  });

  it('names the line of a file it cannot read', () => {
    expect(() => parseRelease('---\ntitle: [\n---\n', 'content/communiques/fr/x.md')).toThrow(/content\/communiques\/fr\/x\.md:\d/);
  });
});

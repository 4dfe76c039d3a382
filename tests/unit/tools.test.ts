// The authors' command-line tools, run as authors run them: import, new, check, schema.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseJsonSchema } from '../../src/release/json-schema.ts';
import { tempDir } from '../helpers/temp.ts';

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run import', () => {
  it('writes one file per release, refuses to overwrite without --force, and sums up', () => {
    const out = tempDir('import-');
    const first = run('import', ['--out', out, 'tests/fixtures/seeds']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('wrote 2 of 2: clean 0, warnings 2, needs review 0 (drafts); failed 0');
    const files = readdirSync(join(out, 'fr')).sort();
    expect(files).toHaveLength(2);
    const before = readFileSync(join(out, 'fr', files[0]!), 'utf8');
    const again = run('import', ['--out', out, 'tests/fixtures/seeds']);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('exists: it is left as it is (use --force to overwrite)');
    const forced = run('import', ['--force', '--out', out, 'tests/fixtures/seeds']);
    expect(forced.status).toBe(0);
    expect(readFileSync(join(out, 'fr', files[0]!), 'utf8')).toBe(before);
  });

  it('prints without writing in a dry run, and reports one JSON record per file, then a summary by outcome', () => {
    const out = tempDir('import-');
    const result = run('import', ['--dry-run', '--report', 'json', '--out', out, 'tests/fixtures/importer']);
    expect(readdirSync(out)).toEqual([]);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const records = lines.slice(0, -1);
    const { summary } = lines.at(-1);
    const inputs = readdirSync('tests/fixtures/importer').filter((f) => f.endsWith('.txt'));
    expect(records.map((r) => r.input.split('/').at(-1)).sort()).toEqual(inputs.sort());
    const debris = records.find((r) => r.input.endsWith('markup-debris.input.txt'));
    expect(debris).toMatchObject({ ok: true, fields: expect.arrayContaining(['title', 'contacts']), errors: [] });
    expect(debris.output).toMatch(/fr\/une-campagne-d-information-lancee-au-senegal\.md$/);
    expect(debris.removals.length).toBe(5);
    const count = (outcome: string) => records.filter((r) => r.outcome === outcome).length;
    expect(count('warnings')).toBeGreaterThan(0);
    expect(count('needs review')).toBe(inputs.filter((f) => f.startsWith('needs-review')).length);
    for (const r of records.filter((r) => r.outcome === 'needs review')) expect(r.review.length).toBeGreaterThan(0);
    expect(summary).toEqual({ files: inputs.length, clean: count('clean'), warnings: count('warnings'), 'needs review': count('needs review'), failed: 0, skipped: readdirSync('tests/fixtures/importer').length - inputs.length, dryRun: true });
    expect(result.stderr).toContain(
      `would write ${inputs.length} of ${inputs.length}: clean ${count('clean')}, warnings ${count('warnings')}, needs review ${count('needs review')} (drafts); failed 0`,
    );
  });

  it('reads a release exported in Windows-1252 without losing its accents, quotes or euro signs, and says so', () => {
    const dir = tempDir('import-');
    const text = 'Communiqué\nGlobal\n\nL’OIM ouvre un centre à Agadez\n\nNiger – L’OIM a ouvert « un centre » financé à hauteur de 20 000 €.\n';
    const windows1252 = Buffer.from([...text].map((c) => ({ '’': 0x92, '–': 0x96, '€': 0x80 })[c] ?? c.charCodeAt(0)));
    writeFileSync(join(dir, 'old.txt'), windows1252);
    const result = run('import', ['--date', '2008-07-04', '--out', join(dir, 'out'), join(dir, 'old.txt')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('repaired: text in Windows-1252 → UTF-8');
    const written = readFileSync(join(dir, 'out/fr/2008-l-oim-ouvre-un-centre-a-agadez.md'), 'utf8');
    expect(written).toContain('title: L’OIM ouvre un centre à Agadez');
    expect(written).toContain('L’OIM a ouvert « un centre » financé à hauteur de 20 000 €.');
    expect(written).not.toContain('\uFFFD');
  });

  it('imports .TXT files of a folder as well, and names the files it does not read', () => {
    const dir = tempDir('import-');
    mkdirSync(join(dir, 'archive'));
    cpSync('tests/fixtures/importer/label-header-en.input.txt', join(dir, 'archive/OLD.TXT'));
    writeFileSync(join(dir, 'archive/notes.doc'), 'not a release');
    const result = run('import', ['--dry-run', '--out', join(dir, 'out'), join(dir, 'archive')]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`ok     ${join(dir, 'archive/OLD.TXT')}`);
    expect(result.stdout).toContain(`not read (not .txt): 1 file(s) — ${join(dir, 'archive/notes.doc')}`);
    expect(result.stdout).toMatch(/would write 1 of 1: clean \d+, warnings \d+, needs review 0 \(drafts\); failed 0/);
  });

  it('takes a date for one file only, and fails a file with front matter', () => {
    const out = tempDir('import-');
    expect(run('import', ['--date', '2017-01-31', '--out', out, 'tests/fixtures/seeds']).stderr).toContain('--date applies to one file only');
    const dated = run('import', ['--date', '2017-01-31', '--out', out, 'tests/fixtures/seeds/oim-perou-procureurs-traite-2017.txt']);
    expect(dated.status).toBe(0);
    expect(readdirSync(join(out, 'fr'))).toEqual(['2017-l-oim-au-perou-forme-des-procureurs-specialises-dans-les-cas.md']);
    const refused = run('import', ['--out', out, 'content/communiques/fr/2017-procureurs-traite-perou.md']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('already has front matter');
  });
});

describe('npm run new and npm run check', () => {
  it('scaffold a release that checks, and list every problem of a bad folder at once', () => {
    const content = tempDir('content-');
    cpSync('content', content, { recursive: true });
    const made = run('new', ['--lang', 'en', '--date', '2026-11-23', 'IOM opens a helpline'], { COMMUNIQUES_CONTENT: content });
    expect(made.status).toBe(0);
    const file = join(content, 'communiques/en/2026-iom-opens-a-helpline.md');
    expect(readFileSync(file, 'utf8')).toContain('title: IOM opens a helpline');
    const ok = run('check', [], { COMMUNIQUES_CONTENT: content });
    expect(ok.stdout).toContain('3 files checked, no problem');
    expect(ok.stdout).toContain('draft:');

    mkdirSync(join(content, 'communiques/es'), { recursive: true });
    writeFileSync(join(content, 'communiques/es/2020-a.md'), '---\ntitle: A\nlang: es\ndate: 2020-02-30\n---\n\nTexto.\n');
    writeFileSync(join(content, 'communiques/es/2020-b.md'), '---\ntitle: B\nlang: es\ndate: 2020-02-01\n---\n\n```chart\ntitle: X\nlabels: [a]\nseries: [{name: s, values: [mucho]}]\n```\n');
    const bad = run('check', [], { COMMUNIQUES_CONTENT: content });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/2020-a\.md:4 — date: "2020-02-30" does not exist/);
    expect(bad.stdout).toMatch(/2020-b\.md:10 — chart: series\.0\.values\.0: must be a number/);
    expect(bad.stdout).toContain('2 problem(s) in 5 files');
  });
});

describe('the JSON Schema for editors', () => {
  it('is the one generated from the zod schema (run npm run schema after changing src/release/schema.ts)', () => {
    expect(readFileSync('schemas/release.schema.json', 'utf8')).toBe(releaseJsonSchema());
  });

  it('requires title, lang and date, and refuses unknown fields', () => {
    const schema = JSON.parse(readFileSync('schemas/release.schema.json', 'utf8'));
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'lang', 'date']));
    expect(schema.additionalProperties).toBe(false);
  });
});

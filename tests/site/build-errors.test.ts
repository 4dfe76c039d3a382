// Builds that must fail, with a message naming the file and the field — and imported releases that must build.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { htmlPages, readPage } from '../helpers/dist.ts';
import { importRelease } from '../../src/importer/index.ts';
import { tempDir } from '../helpers/temp.ts';

describe('a build with a bad release', () => {
  it('fails, naming the file and "title"', async () => {
    const result = await buildSite('tests/fixtures/sites/missing-title');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('missing-title/communiques/fr/2020-sans-titre.md');
    expect(result.output).toMatch(/2020-sans-titre\.md:\d+ — title: is required/);
  });
});

describe('a build that fails half-way', () => {
  it('leaves the previous site in place, untouched, and no half-written folder to deploy', async () => {
    const content = tempDir('communiques-failing-');
    cpSync('content', content, { recursive: true });
    const dist = join(tempDir('communiques-deploy-'), 'dist');
    const first = await buildSite(content, {}, dist);
    expect(first.code, first.output).toBe(0);
    const before = snapshot(dist);
    expect(Object.keys(before).length).toBeGreaterThan(50);
    // A release whose alias takes an existing page's address: the check passes, then page generation stops on it.
    writeFileSync(
      join(content, 'communiques/fr/2020-nouvelle.md'),
      '---\ntitle: Une nouvelle\nlang: fr\ndate: 2020-05-04\naliases: [/archives/]\n---\n\nTexte de la nouvelle.\n',
    );
    const second = await buildSite(content, {}, dist);
    expect(second.code).not.toBe(0);
    expect(second.output).toContain('aliases: /archives/ is a page of this site already');
    expect(second.output).toMatch(/generating static routes/);
    expect(snapshot(dist)).toEqual(before);
    expect(existsSync(`${dist}.next`)).toBe(false);
  });
});

/** Every file of a folder with the digest of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]),
  );
}

describe('imported releases', () => {
  const fixtures = readdirSync('tests/fixtures/importer').filter((f) => f.endsWith('.input.txt'));
  const importAll = (date?: string) => {
    const content = tempDir('imported-');
    for (const f of fixtures) {
      const result = importRelease(readFileSync(`tests/fixtures/importer/${f}`, 'utf8'), { date, source: f });
      mkdirSync(join(content, 'communiques', result.lang!), { recursive: true });
      writeFileSync(join(content, 'communiques', result.path!), result.markdown!);
    }
    return content;
  };

  it('build once they have a date, one page each, but for the drafts that need review', async () => {
    const result = await buildSite(importAll('2019-06-12'));
    expect(result.code, result.output).toBe(0);
    const releases = htmlPages(result.outDir).filter((p) => readPage(result.outDir, p).includes('class="release__article"'));
    const drafts = fixtures.filter((f) => importRelease(readFileSync(`tests/fixtures/importer/${f}`, 'utf8')).outcome === 'needs review');
    expect(drafts.length).toBeGreaterThan(0);
    expect(releases).toHaveLength(fixtures.length - drafts.length);
  });

  it('stop the build with "date needed", naming every file, until an author writes the date', async () => {
    const result = await buildSite(importAll());
    expect(result.code).not.toBe(0);
    const needed = result.output.split('\n').filter((l) => / — date: date needed/.test(l));
    // Every file the importer could not date, and only those (the others found a full date in their text).
    const undated = fixtures.map((f) => importRelease(readFileSync(`tests/fixtures/importer/${f}`, 'utf8'), { source: f })).filter((r) => r.markdown!.includes('\ndate: date-needed\n'));
    expect(undated.length).toBeGreaterThan(0);
    expect(undated.length).toBeLessThan(fixtures.length);
    expect(needed).toHaveLength(undated.length);
    for (const r of undated) expect(needed.some((l) => l.includes(r.path!.split('/').at(-1)!))).toBe(true);
  });
});

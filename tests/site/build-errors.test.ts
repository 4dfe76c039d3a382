// Builds that must fail, with a message naming the file and the field — and imported releases that must build.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

  it('build once they have a date, one page each', async () => {
    const result = await buildSite(importAll('2019-06-12'));
    expect(result.code, result.output).toBe(0);
    const releases = htmlPages(result.outDir).filter((p) => readPage(result.outDir, p).includes('class="release__article"'));
    expect(releases).toHaveLength(fixtures.length);
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

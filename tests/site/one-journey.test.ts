// One journey per release: once Astro's content layer has stored the releases, the build opens a release file only
// to copy it as its .md edition — every other fact comes from the store and the render's metadata.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { composeNewsroom } from '../helpers/fixture-site.ts';
import { tempDir } from '../helpers/temp.ts';

describe('after the content layer has loaded the releases', () => {
  it('reads each published release file once, for its .md edition, and no other', async () => {
    const content = await composeNewsroom();
    const out = join(tempDir('communiques-reads-'), 'reads.json');
    const counter = join(import.meta.dirname, '../helpers/count-reads.mjs');
    const built = await buildSite(content, { NODE_OPTIONS: `--import ${counter}`, COUNT_READS_OUT: out });
    expect(built.code, built.output.slice(-2000)).toBe(0);
    const { synced, reads } = JSON.parse(readFileSync(out, 'utf8')) as { synced: boolean; reads: Record<string, number> };
    // The counter saw the data store written: the reads below are those made after it.
    expect(synced).toBe(true);
    const editions = readdirSync(built.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(editions.length).toBeGreaterThan(10);
    expect(Object.keys(reads)).toHaveLength(editions.length);
    expect(Object.values(reads).every((n) => n === 1)).toBe(true);
  });
});

// A build that reuses the previous build's pages (Astro's incremental build) must give exactly what a fresh
// build gives, whatever authors changed in between: nothing stale reaches readers.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { composeNewsroom } from '../helpers/fixture-site.ts';
import { tempDir } from '../helpers/temp.ts';

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (statSync(join(dir, f)).isFile()) out[f] = createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
  }
  return out;
}

function edit(file: string, change: (text: string) => string) {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The test's edit changed nothing in ${file}`);
  writeFileSync(file, after);
}

const reused = (output: string) => (output.match(/\((?:restored|cached)\)/g) ?? []).length;

async function rebuildAfter(change: (content: string) => Promise<void> | void) {
  const content = await composeNewsroom(40);
  // As in a newsroom's own builds, the cache folder and dist/ stay where they are from one build to the next.
  const work = tempDir('communiques-incremental-');
  const [cache, dist] = [join(work, 'cache'), join(work, 'dist')];
  const first = await buildSite(content, { COMMUNIQUES_CACHE: cache }, dist);
  expect(first.code, first.output).toBe(0);
  expect(reused(first.output)).toBe(0);
  await change(content);
  const again = await buildSite(content, { COMMUNIQUES_CACHE: cache }, dist);
  const fresh = await buildSite(content);
  expect(again.code, again.output).toBe(0);
  expect(fresh.code, fresh.output).toBe(0);
  expect(reused(fresh.output)).toBe(0);
  return { again, fresh };
}

describe('a build reusing the previous one', () => {
  it('gives the same files as a fresh build after releases changed', async () => {
    const { again, fresh } = await rebuildAfter((content) => {
      const fr = join(content, 'communiques/fr');
      const synthetic = readdirSync(fr).filter((f) => /communique-\d+\.md$/.test(f)).sort();
      // A title shown on other releases' pages (related, previous/next), listings and feeds.
      edit(join(fr, synthetic[0]!), (s) => s.replace(/^title: .*$/m, 'title: Un titre changé après la première construction'));
      // A release withdrawn, another turned back into a draft.
      rmSync(join(fr, synthetic[1]!));
      edit(join(fr, synthetic[2]!), (s) => s.replace(/^---\n/, '---\ndraft: true\n'));
    });
    // The second build did reuse pages (else this test would prove nothing) …
    expect(reused(again.output)).toBeGreaterThan(20);
    // … and what it wrote is, file for file, what a build from nothing writes.
    expect(files(again.outDir)).toEqual(files(fresh.outDir));
  });

  it('gives the same files as a fresh build after a topic was renamed and a photo replaced under the same name', async () => {
    const { again, fresh } = await rebuildAfter(async (content) => {
      edit(join(content, 'topics.yml'), (s) => s.replace(/^(\s+fr: ).*$/m, '$1Un thème renommé'));
      const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d6b3a' } }).png().toBuffer();
      writeFileSync(join(content, 'images/formation-lima.png'), photo);
    });
    expect(files(again.outDir)).toEqual(files(fresh.outDir));
  });
});

// Composes the test newsroom: the bundled content, the fixture releases (translations, draft, embargo) and a synthetic corpus.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../bench/corpus.ts';
import { projectRoot } from './build.ts';

/** A fresh content folder with about `size` synthetic releases added to the bundled and fixture ones. */
export function composeNewsroom(size = 75): string {
  const dir = mkdtempSync(join(tmpdir(), 'communiques-newsroom-'));
  writeCorpus({ size, dir, seed: 7, years: [2015, 2019], words: [120, 300] });
  cpSync(join(projectRoot, 'content/communiques'), join(dir, 'communiques'), { recursive: true });
  cpSync(join(projectRoot, 'content/glossary'), join(dir, 'glossary'), { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/sites/newsroom'), dir, { recursive: true });
  return dir;
}

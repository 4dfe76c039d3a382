// Composes the test newsroom: the bundled content, the fixture releases (translations, draft, embargo) and a synthetic corpus.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { join } from 'node:path';
import { writeCorpus } from '../../bench/corpus.ts';
import { projectRoot } from './build.ts';
import { tempDir } from './temp.ts';

/** A fresh content folder with about `size` synthetic releases added to the bundled and fixture ones. */
export async function composeNewsroom(size = 75): Promise<string> {
  const dir = tempDir('communiques-newsroom-');
  writeCorpus({ size, dir, seed: 7, years: [2015, 2019], words: [120, 300] });
  cpSync(join(projectRoot, 'content/communiques'), join(dir, 'communiques'), { recursive: true });
  cpSync(join(projectRoot, 'content/glossary'), join(dir, 'glossary'), { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/sites/newsroom'), dir, { recursive: true });
  // A photo, drawn here rather than kept in the repository: a 1600×1000 gradient.
  mkdirSync(join(dir, 'images'), { recursive: true });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="g"><stop offset="0" stop-color="#0b4f9c"/><stop offset="1" stop-color="#d97706"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#g)"/><circle cx="800" cy="500" r="300" fill="#fff" opacity=".4"/></svg>`;
  writeFileSync(join(dir, 'images/formation-lima.png'), await sharp(Buffer.from(svg)).png().toBuffer());
  return dir;
}

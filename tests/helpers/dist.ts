// Reading a built site: its pages and their text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of a build, as paths relative to its root ("2017/x/index.html"). */
export function htmlPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(outDir, join(outDir, f)))
    .sort();
}

export function readPage(outDir: string, page: string): string {
  return readFileSync(join(outDir, page), 'utf8');
}

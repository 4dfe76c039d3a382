// Reads every file of the communiqués folder (dot-files aside), so that none can be skipped unnoticed.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SourceFile } from './content-check.ts';

export async function readSources(base: string, root: string): Promise<SourceFile[]> {
  const entries = await readdir(base, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && !relative(base, join(e.parentPath, e.name)).split('/').some((p) => p.startsWith('.')))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(paths.map((p) => readSource(p, base, root)));
}

export async function readSource(path: string, base: string, root: string): Promise<SourceFile> {
  return { file: relative(root, path), relative: relative(base, path), bytes: await readFile(path) };
}

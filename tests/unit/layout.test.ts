// The house a newcomer finds: no two source modules share a name (index.ts aside), and every file stays short.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = /\.(ts|mjs|astro)$/;
const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => SOURCE.test(f))
  .map((f) => join('src', f));

describe('the source tree', () => {
  it('has no two modules with the same base name, index.ts aside', () => {
    const byName = new Map<string, string[]>();
    for (const file of files) {
      const name = basename(file);
      if (name !== 'index.ts') byName.set(name, [...(byName.get(name) ?? []), file]);
    }
    expect([...byName.values()].filter((list) => list.length > 1)).toEqual([]);
  });

  it('has no source file over 350 lines (the stylesheet aside)', () => {
    const long = files.map((file) => [file, readFileSync(file, 'utf8').split('\n').length] as const).filter(([, n]) => n > 350);
    expect(long).toEqual([]);
  });

  it('opens every source file with a comment saying what it is for', () => {
    const silent = files.filter((file) => !/^(---\n)?\/\/ \S/.test(readFileSync(file, 'utf8')));
    expect(silent).toEqual([]);
  });
});

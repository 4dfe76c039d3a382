// An offline link checker: every internal link and image of every page, and every #fragment, resolves in the built site.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';

const SITE = 'https://communiques.example.org';

function checkSite(dist: string): { checked: number; broken: string[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((e) => e.id));
      ids.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of htmlPages(dist)) {
    const doc = parse(readPage(dist, page));
    const here = `/${page.replace(/index\.html$/, '')}`;
    for (const el of doc.querySelectorAll('a[href], link[href], img[src], script[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      if (/^(mailto|tel):/.test(raw)) continue;
      const url = new URL(raw, SITE + here);
      if (url.origin !== SITE) continue;
      checked++;
      let file = join(dist, decodeURIComponent(url.pathname));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push(`${page}: ${raw}`);
        continue;
      }
      if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${raw} (no such fragment)`);
    }
  }
  return { checked, broken };
}

describe('links', () => {
  it.each(['siteDist', 'newsroomDist'] as const)('of the %s all resolve, fragments included', (which) => {
    const { checked, broken } = checkSite(inject(which));
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

// A release's Markdown as its author wrote it, read from its file (the data store does not keep bodies).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteRelease } from '../newsroom/index.ts';
import { readFrontMatter, splitFrontMatter } from '../release/front-matter.ts';

function read(release: SiteRelease) {
  const file = release.entry.filePath;
  if (!file) return undefined;
  const fm = readFrontMatter(readFileSync(resolve(file), 'utf8'), file);
  return 'problems' in fm ? undefined : fm;
}

/** The body as written (the front matter is cut off, not read: the site has its fields already). */
export function sourceOf(release: SiteRelease): string {
  const file = release.entry.filePath;
  if (!file) return '';
  const fenced = splitFrontMatter(readFileSync(resolve(file), 'utf8'), file);
  return 'problems' in fenced ? '' : fenced.body.trim();
}

const heroes = new Map<string, string | undefined>();

/**
 * The hero image's path as the author wrote it (Astro replaces it with the image itself), read from the file
 * once per build: cache keys and the media kit both ask.
 */
export function heroSourceOf(release: SiteRelease): string | undefined {
  if (!heroes.has(release.id)) {
    const image = read(release)?.data.image as { src?: unknown } | undefined;
    heroes.set(release.id, typeof image?.src === 'string' ? image.src : undefined);
  }
  return heroes.get(release.id);
}

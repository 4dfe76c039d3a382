// A release's Markdown as its author wrote it, read from its file (the data store does not keep bodies).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteRelease } from './releases.ts';
import { readFrontMatter, splitFrontMatter } from '../lib/front-matter.ts';

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

/** The hero image's path as the author wrote it (Astro replaces it with the image itself). */
export function heroSourceOf(release: SiteRelease): string | undefined {
  const image = read(release)?.data.image as { src?: unknown } | undefined;
  return typeof image?.src === 'string' ? image.src : undefined;
}

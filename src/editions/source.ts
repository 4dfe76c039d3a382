// A release's Markdown as its author wrote it, for the .md edition: the one read of a release file after Astro's
// content layer has loaded it (the data store does not keep bodies).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteRelease } from '../newsroom/index.ts';
import { splitFrontMatter } from '../release/front-matter.ts';

/** The body as written (the front matter is cut off, not read: the site has its fields already). */
export function sourceOf(release: SiteRelease): string {
  const file = release.entry.filePath;
  if (!file) return '';
  const fenced = splitFrontMatter(readFileSync(resolve(file), 'utf8'), file);
  return 'problems' in fenced ? '' : fenced.body.trim();
}

// A release's Markdown as its author wrote it, read from its file (the data store does not keep bodies).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SiteRelease } from './releases.ts';
import { readFrontMatter } from '../lib/front-matter.ts';

export function sourceOf(release: SiteRelease): string {
  const file = release.entry.filePath;
  if (!file) return '';
  const fm = readFrontMatter(readFileSync(resolve(file), 'utf8'), file);
  return 'problems' in fm ? '' : fm.body.trim();
}

// Cache keys of pages for Astro's incremental build (astro.config.mjs). Astro already re-renders a page whose
// code changed; the key covers the data: the page's props, each release in them by its stamp, and what every
// page shares (the topics of topics.yml, the content folder, the preview switch).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cacheKey } from './cache-key.ts';
import { isPreview } from '../release/publication.ts';
import { contentDir } from '../lib/paths.ts';
import { getNewsroom, type SiteRelease } from './index.ts';

/**
 * A release's stamp: its file's digest (front matter and body), whether it is held back (preview builds),
 * and the bytes of the images it shows, which live in other files.
 */
function stampOf(release: SiteRelease): string {
  const { entry } = release;
  const listed = entry.rendered?.metadata?.localImagePaths;
  const images: string[] = Array.isArray(listed) ? listed.map(String) : [];
  if (release.data.heroFile) images.unshift(release.data.heroFile);
  const folder = dirname(resolve(entry.filePath ?? '.'));
  const bytes = createHash('sha256');
  for (const src of images) {
    const file = resolve(folder, src);
    bytes.update(src).update(existsSync(file) ? readFileSync(file) : 'missing');
  }
  return [release.id, entry.digest, release.hold ? JSON.stringify(release.hold) : '', images.length ? bytes.digest('hex') : ''].join('|');
}

let keyer: Promise<(props: unknown) => string> | undefined;

/** The function that gives a page its cache key from its props (getStaticPaths' `cacheKey`). */
export function pageKeys(): Promise<(props: unknown) => string> {
  keyer ??= getNewsroom().then((newsroom) => {
    const stamps = new Map<object, string>(newsroom.releases.map((r) => [r, stampOf(r)]));
    const shared = cacheKey([resolve(contentDir), isPreview(), newsroom.topics]);
    return (props) => cacheKey([shared, props], (o) => stamps.get(o));
  });
  return keyer;
}

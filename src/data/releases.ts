// The site's releases, read from the collection once per build and shared by every page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst, toRelease, type Release } from '../lib/releases.ts';
import type { Lang } from '../lib/languages.ts';

export type SiteRelease = Release<CollectionEntry<'communiques'>>;

let all: Promise<SiteRelease[]> | undefined;

/** Every published release, newest first. */
export function getReleases(): Promise<SiteRelease[]> {
  all ??= getCollection('communiques').then((entries) => newestFirst(entries.map(toRelease)));
  return all;
}

export async function getReleasesIn(lang: Lang): Promise<SiteRelease[]> {
  return (await getReleases()).filter((r) => r.lang === lang);
}

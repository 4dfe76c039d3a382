// Every public page of the site as sitemap entries: releases (with their translations) and listings.
import { getListings, getNewsroom } from '../newsroom/index.ts';
import { sitemapEntry, SITEMAP_CHUNK, type SitemapEntry } from './sitemap-xml.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { site } from '../site.config.ts';

let entries: Promise<SitemapEntry[]> | undefined;

export function getSitemapEntries(): Promise<SitemapEntry[]> {
  entries ??= (async () => {
    const newsroom = await getNewsroom();
    const defaultLang = site.languages[0]!;
    const list: SitemapEntry[] = [];
    for (const r of newsroom.releases) {
      // A preview build shows held releases; they are still not announced to search engines.
      if (r.hold) continue;
      const versions = (newsroom.translations.get(r.id) ?? [r]).filter((v) => !v.hold);
      list.push(sitemapEntry(absoluteUrl(r.path), versions.map((v) => ({ lang: v.lang, path: v.path })), defaultLang, absoluteUrl, r.modified ?? r.data.date));
    }
    for (const l of await getListings()) list.push(sitemapEntry(absoluteUrl(l.path), l.alternates, defaultLang, absoluteUrl));
    return list;
  })();
  return entries;
}

export async function sitemapChunks(): Promise<SitemapEntry[][]> {
  const all = await getSitemapEntries();
  const chunks: SitemapEntry[][] = [];
  for (let i = 0; i < all.length; i += SITEMAP_CHUNK) chunks.push(all.slice(i, i + SITEMAP_CHUNK));
  return chunks.length ? chunks : [[]];
}

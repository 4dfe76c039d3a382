// Sitemaps (sitemaps.org 0.9) with hreflang alternates, split into files of at most 10,000 URLs under one index.
import { escapeXml } from '../lib/xml.ts';
import { hreflangs, type Alternate } from '../newsroom/translations.ts';
import type { Lang } from '../lib/languages.ts';

export interface SitemapEntry {
  url: string;
  /** W3C date: "2017-01-31" or "2007-08". */
  lastmod?: string;
  alternates: { hreflang: string; url: string }[];
}

export const SITEMAP_CHUNK = 10_000;

export function sitemapEntry(url: string, alternates: readonly Alternate[], defaultLang: Lang, toUrl: (path: string) => string, lastmod?: string): SitemapEntry {
  return {
    url,
    lastmod,
    alternates: alternates.length > 1 ? hreflangs(alternates, defaultLang).map((a) => ({ hreflang: a.hreflang, url: toUrl(a.path) })) : [],
  };
}

export function urlsetXml(entries: readonly SitemapEntry[]): string {
  const body = entries
    .map(
      (e) =>
        `<url><loc>${escapeXml(e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}` +
        e.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.url)}"/>`).join('') +
        '</url>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

export function sitemapIndexXml(urls: readonly string[]): string {
  const body = urls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

// Feed documents: Atom (RFC 4287), written here, and RSS 2.0 through @astrojs/rss; both from the same items.
import { getRssString } from '@astrojs/rss';
import type { Lang } from '../lib/languages.ts';
import { escapeXml, xmlSafe } from '../lib/xml.ts';

export interface FeedItem {
  title: string;
  url: string;
  /** When the release is dated: midnight UTC of its day, or of its month's first day. */
  published: Date;
  /** The latest correction or update, when there is one. */
  updated?: Date;
  summary: string;
  /** The full release as HTML with absolute URLs. */
  html: string;
  categories: string[];
}

export interface FeedDocument {
  lang: Lang;
  title: string;
  description: string;
  /** Absolute URLs of the feed itself and of the page it follows. */
  selfUrl: string;
  pageUrl: string;
  author: { name: string; url: string };
  icon: string;
  items: FeedItem[];
  /** Used as <updated> when there is no item yet, so an empty feed is still valid and stable. */
  fallbackUpdated: Date;
}


export function atomXml(feed: FeedDocument): string {
  const changed = (i: FeedItem) => i.updated ?? i.published;
  const updated = feed.items.reduce((max, i) => (changed(i) > max ? changed(i) : max), feed.items[0] ? changed(feed.items[0]) : feed.fallbackUpdated);
  const entries = feed.items.map(
    (item) => `  <entry>
    <id>${escapeXml(item.url)}</id>
    <title type="text">${escapeXml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>
    <published>${item.published.toISOString()}</published>
    <updated>${changed(item).toISOString()}</updated>
${item.categories.map((c) => `    <category term="${escapeXml(c)}"/>\n`).join('')}    <summary type="text">${escapeXml(item.summary)}</summary>
    <content type="html">${escapeXml(item.html)}</content>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">
  <id>${escapeXml(feed.selfUrl)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <subtitle type="text">${escapeXml(feed.description)}</subtitle>
  <updated>${updated.toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>
  <author>
    <name>${escapeXml(feed.author.name)}</name>
    <uri>${escapeXml(feed.author.url)}</uri>
  </author>
  <icon>${escapeXml(feed.icon)}</icon>
${entries.join('')}</feed>
`;
}

export function rssXml(feed: FeedDocument): Promise<string> {
  const clean = xmlSafe;
  return getRssString({
    title: clean(feed.title),
    description: clean(feed.description),
    site: feed.pageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${feed.lang}</language><atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items.map((item) => ({
      title: clean(item.title),
      link: item.url,
      pubDate: item.published,
      description: clean(item.summary),
      content: clean(item.html),
      categories: item.categories.map(clean),
    })),
  });
}

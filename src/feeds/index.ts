// Which feeds the site has (each language, each country and topic) and their items, rendered once per release.
import type { Newsroom, SiteRelease } from '../newsroom/index.ts';
import type { Lang } from '../lib/languages.ts';
import { atomXml, rssXml, type FeedItem } from './feed-xml.ts';
import { absolutize } from '../lib/absolute.ts';
import { portableHtml } from '../lib/portable-html.ts';
import { absoluteUrl, feedLinks, homePath, taxonomyPath } from '../lib/routes.ts';
import { dateToInstant, updateInstant } from '../lib/dates.ts';
import { t, organizationName } from '../lib/i18n.ts';
import { typeset } from '../lib/typeset.ts';
import { site } from '../site.config.ts';
import { renderedHtml } from '../newsroom/body-html.ts';

/** Releases per feed: the newest ones, in full. */
export const FEED_SIZE = 20;

export interface FeedSpec {
  lang: Lang;
  /** Path of the listing the feed follows; the feed is at base + "rss.xml" / "atom.xml". */
  base: string;
  title: string;
  releases: SiteRelease[];
}

export function feedsOf(newsroom: Newsroom): FeedSpec[] {
  // A preview build shows held releases on its pages; feeds are read by machines, which must never get them.
  const newest = (releases: readonly SiteRelease[]) => releases.filter((r) => !r.hold).slice(0, FEED_SIZE);
  const feeds: FeedSpec[] = [];
  for (const lang of site.languages) {
    const siteTitle = `${site.organization.shortName[lang]} — ${site.title[lang]}`;
    feeds.push({ lang, base: homePath(lang), title: siteTitle, releases: newest(newsroom.byLang.get(lang)!) });
    const tax = newsroom.taxonomies.get(lang)!;
    for (const term of tax.countries) {
      feeds.push({ lang, base: taxonomyPath(lang, 'countries', term.slug), title: `${siteTitle} — ${term.name}`, releases: newest(term.releases) });
    }
    for (const term of tax.topics) {
      feeds.push({ lang, base: taxonomyPath(lang, 'topics', term.slug), title: `${siteTitle} — ${term.name}`, releases: newest(term.releases) });
    }
  }
  return feeds;
}

const items = new Map<string, Promise<FeedItem>>();

/** A release as a feed item, with its body rendered as readers see it (images resolved), for feed readers (portableHtml) and made absolute. */
function itemOf(release: SiteRelease): Promise<FeedItem> {
  let item = items.get(release.id);
  if (!item) {
    item = (async () => {
      const html = await renderedHtml(release);
      const url = absoluteUrl(release.path);
      return {
        title: typeset(release.data.title, release.lang),
        url,
        published: dateToInstant(release.data.date),
        ...(release.modified ? { updated: updateInstant(release.modified) } : {}),
        summary: release.summary,
        html: absolutize(portableHtml(html), url),
        categories: [t(release.lang, `type.${release.data.type}`), ...release.data.topics],
      };
    })();
    items.set(release.id, item);
  }
  return item;
}

export async function renderFeed(feed: FeedSpec, format: 'rss' | 'atom'): Promise<string> {
  const lang = feed.lang;
  const newest = feed.releases[0];
  const doc = {
    lang,
    title: feed.title,
    description: t(lang, 'home.intro', { org: organizationName(lang) }),
    selfUrl: absoluteUrl(feedLinks(feed.base)[format]),
    pageUrl: absoluteUrl(feed.base),
    author: { name: site.organization.name[lang] ?? '', url: site.organization.url },
    icon: absoluteUrl(site.logo),
    items: await Promise.all(feed.releases.map(itemOf)),
    fallbackUpdated: newest ? dateToInstant(newest.data.date) : new Date(0),
  };
  return format === 'rss' ? rssXml(doc) : atomXml(doc);
}

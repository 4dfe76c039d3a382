// The newsroom read once per build: published releases with their translations, related releases and taxonomies, shared by every page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst, toRelease, type Release } from './release.ts';
import type { Lang } from '../lib/languages.ts';
import { holdOf, isPreview } from '../release/publication.ts';
import { groupTaxonomies, type Taxonomies } from './taxonomies.ts';
import { relatedReleases } from './related.ts';
import { translationGroups } from './translations.ts';
import { readTopics, type Topics } from '../release/topics.ts';
import { contentDir } from '../lib/paths.ts';
import { site } from '../site.config.ts';
import { buildListings, readersPool, upcomingEvents, type ListingPage } from './listings.ts';
import { collectContacts, contactKey, type MediaContact } from '../contacts/directory.ts';
import type { Contact } from '../release/contact-schema.ts';
import { redirectFile, type Redirect } from '../hosting/redirects.ts';
import { typeset } from '../lib/typeset.ts';

export type SiteRelease = Release<CollectionEntry<'communiques'>>;

export interface Newsroom {
  /** Every release readers may see (in a preview build, held ones too), newest first. */
  releases: SiteRelease[];
  byLang: Map<Lang, SiteRelease[]>;
  taxonomies: Map<Lang, Taxonomies<SiteRelease>>;
  translations: Map<string, SiteRelease[]>;
  related: Map<string, SiteRelease[]>;
  /** Previous (older) and next (newer) release in the same language. */
  neighbours: Map<string, { older?: SiteRelease; newer?: SiteRelease }>;
  topics: Topics;
  /** The build's time: what is held (embargoes) and what is upcoming (events) is as of it. */
  builtAt: Date;
}

let newsroom: Promise<Newsroom> | undefined;

export function getNewsroom(): Promise<Newsroom> {
  newsroom ??= load();
  return newsroom;
}

async function load(): Promise<Newsroom> {
  const now = new Date();
  const preview = isPreview();
  const topics = readTopics(`${contentDir}/topics.yml`);
  const entries = await getCollection('communiques');
  const releases: SiteRelease[] = [];
  for (const entry of entries) {
    const hold = holdOf(entry.data, now);
    if (hold && !preview) continue;
    releases.push({ ...toRelease(entry), hold });
  }
  const sorted = newestFirst(releases);
  const byLang = new Map<Lang, SiteRelease[]>(site.languages.map((l) => [l, []]));
  for (const r of sorted) byLang.get(r.lang)?.push(r);
  const neighbours = new Map<string, { older?: SiteRelease; newer?: SiteRelease }>();
  for (const list of byLang.values()) {
    list.forEach((r, i) => neighbours.set(r.id, { newer: list[i - 1], older: list[i + 1] }));
  }
  return {
    releases: sorted,
    byLang,
    taxonomies: new Map(site.languages.map((l) => [l, groupTaxonomies(byLang.get(l)!, l, topics)])),
    translations: translationGroups(sorted),
    related: relatedReleases(sorted),
    neighbours,
    topics,
    builtAt: now,
  };
}

let listings: Promise<ListingPage<SiteRelease>[]> | undefined;

/** Every listing page, computed once per build. */
export function getListings(): Promise<ListingPage<SiteRelease>[]> {
  listings ??= getNewsroom().then((n) => {
    const versionsOf = (r: SiteRelease) => n.translations.get(r.id) ?? [r];
    const versions = { versionsOf, translatedInto: (r: SiteRelease, lang: Lang) => versionsOf(r).some((v) => v.lang === lang) };
    const pools = new Map(site.languages.map((l) => [l, readersPool(l, n.releases, versions)]));
    // A language whose readers are offered other languages' releases gets its years and terms over them too.
    const taxonomies = new Map(site.languages.map((l) => [l, pools.get(l)!.length === n.byLang.get(l)!.length ? n.taxonomies.get(l)! : groupTaxonomies(pools.get(l)!, l, n.topics)]));
    const events = new Map(site.languages.map((l) => [l, upcomingEvents(l, n.releases, versions, n.builtAt)]));
    return buildListings(site.languages, pools, taxonomies, { events, asOf: n.builtAt });
  });
  return listings;
}

let contacts: Promise<{ all: MediaContact<SiteRelease>[]; slugOf: (c: Contact) => string | undefined }> | undefined;

/** Every media contact of published releases and of the site configuration, once each. */
export function getContacts() {
  contacts ??= getNewsroom().then((n) => {
    const all = collectContacts<SiteRelease>([
      ...n.releases.filter((r) => !r.hold).map((r) => ({ contacts: r.data.contacts, release: r })),
      { contacts: site.contacts },
    ]);
    const bySlug = new Map(all.map((c) => [contactKey(c.contact), c.slug]));
    return { all, slugOf: (c: Contact) => bySlug.get(contactKey(c)) };
  });
  return contacts;
}

let redirects: Promise<Redirect[]> | undefined;

/** Every alias of a published release; an alias that would replace a page of the site is an error naming the file. */
export function getRedirects(): Promise<Redirect[]> {
  redirects ??= (async () => {
    const newsroom = await getNewsroom();
    const taken = new Set([...newsroom.releases.map((r) => r.path), ...(await getListings()).map((l) => l.path)].map(redirectFile));
    const list: Redirect[] = [];
    for (const r of newsroom.releases) {
      if (r.hold) continue;
      for (const from of r.data.aliases) {
        if (taken.has(redirectFile(from))) {
          throw new Error(`${r.entry.filePath} — aliases: ${from} is a page of this site already; remove it from the aliases`);
        }
        list.push({ from, to: r.path, title: typeset(r.data.title, r.lang), lang: r.lang });
      }
    }
    return list;
  })();
  return redirects;
}

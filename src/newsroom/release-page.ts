// What a release page shows beyond the release itself, computed here so the page only assembles: its props
// (translations, related and neighbouring releases, terms, contacts with their vCards), breadcrumbs, structured
// data and the preview notice.
import type { Contact } from '../release/contact-schema.ts';
import type { Hold } from '../release/publication.ts';
import { site } from '../site.config.ts';
import { t } from '../lib/i18n.ts';
import type { Lang } from '../lib/languages.ts';
import { formatInstant, formatReleaseDate, updateInstant } from '../lib/dates.ts';
import { absoluteUrl, editionPath, homePath, taxonomyPath, vcardPath, yearPath } from '../lib/routes.ts';
import { slugify } from '../lib/slug.ts';
import { countryName } from '../lib/countries.ts';
import { breadcrumbList, event, newsArticle } from './structured-data.ts';
import type { Newsroom, SiteRelease } from './index.ts';
import { isUpcoming } from './release.ts';

export interface Term {
  key: string;
  name: string;
  path: string;
}

export interface ReleasePageProps {
  release: SiteRelease;
  translations: SiteRelease[];
  related: SiteRelease[];
  neighbours: { older?: SiteRelease; newer?: SiteRelease };
  countries: Term[];
  topics: Term[];
  contacts: { contact: Contact; vcard?: string }[];
  /** For an advisory: whether its event had ended when the site was built (the page then says so). */
  eventPast?: boolean;
}

/** Everything the page shows beyond the release itself, so that its cache key covers it. */
export function releasePageProps(release: SiteRelease, newsroom: Newsroom, slugOf: (c: Contact) => string | undefined): ReleasePageProps {
  const taxonomy = newsroom.taxonomies.get(release.lang)!;
  const term = (kind: 'countries' | 'topics', key: string, name?: string): Term => {
    const found = taxonomy[kind].find((x) => x.key === key);
    return { key, name: name ?? found?.name ?? key, path: taxonomyPath(release.lang, kind, found?.slug ?? slugify(key)) };
  };
  return {
    release,
    translations: newsroom.translations.get(release.id) ?? [release],
    related: newsroom.related.get(release.id) ?? [],
    neighbours: newsroom.neighbours.get(release.id) ?? {},
    countries: release.data.countries.map((c) => term('countries', c, countryName(c, release.lang))),
    topics: release.data.topics.map((k) => term('topics', k)),
    contacts: release.contacts.map((contact) => {
      const slug = slugOf(contact);
      return { contact, vcard: slug ? vcardPath(slug) : undefined };
    }),
    ...(release.event ? { eventPast: !isUpcoming(release.event, newsroom.builtAt) } : {}),
  };
}

export function releaseCrumbs(release: SiteRelease): { label: string; path: string }[] {
  return [
    { label: t(release.lang, 'site.home'), path: homePath(release.lang) },
    { label: String(release.year), path: yearPath(release.lang, release.year) },
  ];
}

/** NewsArticle and BreadcrumbList; none for a release shown only in a preview build. */
export function releaseJsonLd(props: ReleasePageProps, title: string, image: string): object[] {
  const { release, countries, topics } = props;
  if (release.hold) return [];
  const lang = release.lang;
  const url = absoluteUrl(release.path);
  return [
    newsArticle({
      url,
      headline: title,
      description: release.summary,
      datePublished: release.data.date,
      dateModified: release.modified,
      lang,
      publisher: { name: site.organization.name[lang] ?? '', url: site.organization.url, logo: absoluteUrl(site.logo) },
      contacts: props.contacts.map((c) => c.contact),
      image,
      keywords: [...countries, ...topics].map((x) => x.name),
      encodings: [
        { url: absoluteUrl(editionPath(release.path, 'txt')), format: 'text/plain' },
        { url: absoluteUrl(editionPath(release.path, 'md')), format: 'text/markdown' },
      ],
    }),
    ...(release.event
      ? [
          event({
            url,
            name: title,
            description: release.summary,
            start: release.event.start,
            end: release.event.end,
            place: release.event.place,
            address: release.event.address,
            online: release.event.online,
            lang,
            organizer: { name: site.organization.name[lang] ?? '', url: site.organization.url },
            image,
          }),
        ]
      : []),
    breadcrumbList([...releaseCrumbs(release).map((c) => ({ name: c.label, url: absoluteUrl(c.path) })), { name: title, url }]),
  ];
}

/** The banner of a preview build on a release readers cannot see yet. */
export function holdNotice(hold: Hold, lang: Lang): string {
  return hold.reason === 'draft' ? t(lang, 'preview.draft') : t(lang, 'preview.embargo', { date: formatInstant(hold.until, lang) });
}

/** A release's updates, newest first, each with its day in the release's language ("2 février 2017"). */
export function releaseUpdates(release: SiteRelease): { date: string; day: string; note: string }[] {
  return [...release.data.updates]
    .sort((a, b) => updateInstant(b.date).getTime() - updateInstant(a.date).getTime())
    .map((u) => ({ date: u.date, day: formatReleaseDate(u.date.slice(0, 10), release.lang), note: u.note }));
}

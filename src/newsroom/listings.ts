// Every listing page of the site (home, years, countries, topics, types, their indexes), computed once from the newsroom.
import type { Lang } from '../lib/languages.ts';
import { isUpcoming, type Release } from './release.ts';
import type { Taxonomies, Term } from './taxonomies.ts';
import type { Alternate } from './translations.ts';
import { paginate, type Page } from './paginate.ts';
import { t } from '../lib/i18n.ts';
import { archivesPath, contactsPath, homePath, mediaKitPath, pagePath, searchPath, taxonomyPath, upcomingPath, yearPath, type Taxonomy } from '../lib/routes.ts';

export const PAGE_SIZE = 20;

export interface Crumb {
  label: string;
  path: string;
}

export interface ListingPage<R extends Release = Release> {
  path: string;
  lang: Lang;
  kind: 'home' | 'year' | 'term' | 'index' | 'archives' | 'search' | 'media-kit' | 'contacts' | 'upcoming';
  title: string;
  breadcrumbs: Crumb[];
  /** The releases of this page, with the numbers and paths of all pages of the listing. */
  page?: Page<R> & { paths: string[]; count: number };
  /** For index pages: each term with its count. */
  terms?: { name: string; path: string; count: number }[];
  alternates: Alternate[];
  /** For country and topic pages: where their feeds are (base + "rss.xml"). */
  feedBase?: string;
  /**
   * On the first home page of a language with fewer releases than a page holds: releases of the other languages
   * (those not translated into this one), by language, so that its readers are not left with an empty newsroom.
   */
  others?: { lang: Lang; releases: R[] }[];
  /** For the Upcoming page: the build's time, as of which its events have not ended. */
  asOf?: Date;
}

/**
 * Every listing page in every language. `taxonomies` is per language, over what its readers are offered: its own
 * releases, and — for a language with fewer than a page of its own — the other languages' releases not translated
 * into it (readersPool()). Each listing shows the language's own releases first; the others follow on its first
 * page, by language, under "Also available in …".
 */
/** Which versions of a release exist: whether it has one in a language, and its versions in the site's order. */
export interface Versions<R> {
  translatedInto: (release: R, lang: Lang) => boolean;
  /** The release's versions (itself included), French, English, then Spanish (src/newsroom/translations.ts). */
  versionsOf: (release: R) => readonly R[];
}

/**
 * What a language's readers are offered, newest first: its own releases, and when it has fewer than `enough` (a
 * page) of them, the releases that have no version in it — once each: of a release in French and Spanish, the
 * version that comes first (French, English, Spanish).
 */
export function readersPool<R extends Release>(lang: Lang, all: readonly R[], versions: Versions<R>, enough = PAGE_SIZE): R[] {
  const own = all.filter((r) => r.lang === lang);
  if (own.length >= enough) return own;
  return all.filter((r) => r.lang === lang || (!versions.translatedInto(r, lang) && versions.versionsOf(r)[0] === r));
}

/**
 * The events a language's readers are offered on its Upcoming page: those not ended at `now`, soonest first — its
 * own, then the other languages' (a press conference announced in French only is news to an English-speaking
 * journalist too).
 */
export function upcomingEvents<R extends Release>(lang: Lang, all: readonly R[], versions: Versions<R>, now: Date): R[] {
  return readersPool(lang, all, versions, Infinity)
    .filter((r) => r.event && isUpcoming(r.event, now))
    .sort((a, b) => a.event!.startsAt.getTime() - b.event!.startsAt.getTime());
}

export function buildListings<R extends Release>(
  languages: readonly Lang[],
  pools: Map<Lang, R[]>,
  taxonomies: Map<Lang, Taxonomies<R>>,
  upcoming: { events: Map<Lang, R[]>; asOf: Date },
): ListingPage<R>[] {
  const pages: ListingPage<R>[] = [];
  const home = (lang: Lang): Crumb => ({ label: t(lang, 'site.home'), path: homePath(lang) });
  const everyLang = (path: (l: Lang) => string) => languages.map((l) => ({ lang: l, path: path(l) }));
  const alternatesWhere = (find: (tax: Taxonomies<R>, l: Lang) => string | undefined) =>
    languages.flatMap((l) => {
      const path = find(taxonomies.get(l)!, l);
      return path ? [{ lang: l, path }] : [];
    });

  /** The other languages' releases of a listing, by language, up to what is left of its first page. */
  const othersOf = (lang: Lang, releases: R[], own: number) => {
    let room = PAGE_SIZE - own;
    const groups: { lang: Lang; releases: R[] }[] = [];
    for (const l of languages) {
      if (l === lang || room <= 0) continue;
      const group = releases.filter((r) => r.lang === l).slice(0, room);
      room -= group.length;
      if (group.length) groups.push({ lang: l, releases: group });
    }
    return groups;
  };

  const paged = (lang: Lang, base: string, releases: R[], make: (n: number) => Omit<ListingPage<R>, 'page' | 'path'>) => {
    const own = releases.filter((r) => r.lang === lang);
    const others = othersOf(lang, releases, own.length);
    const all = paginate(own, PAGE_SIZE);
    const paths = all.map((p) => pagePath(lang, base, p.number));
    for (const p of all) {
      const info = make(p.number);
      pages.push({
        ...info,
        path: paths[p.number - 1]!,
        page: { ...p, paths, count: own.length },
        alternates: p.number === 1 ? info.alternates : [],
        ...(p.number === 1 && others.length ? { others } : {}),
      });
    }
  };

  for (const lang of languages) {
    const tax = taxonomies.get(lang)!;
    paged(lang, homePath(lang), pools.get(lang)!, () => ({
      lang,
      kind: 'home',
      title: t(lang, 'home.title'),
      breadcrumbs: [],
      alternates: everyLang((l) => homePath(l)),
    }));

    paged(lang, upcomingPath(lang), upcoming.events.get(lang)!, () => ({
      lang,
      kind: 'upcoming',
      title: t(lang, 'upcoming.title'),
      breadcrumbs: [home(lang)],
      alternates: everyLang((l) => upcomingPath(l)),
      asOf: upcoming.asOf,
    }));

    for (const [kind, path, title] of [
      ['media-kit', mediaKitPath, 'mediaKit.title'],
      ['contacts', contactsPath, 'contacts.title'],
    ] as const) {
      pages.push({ path: path(lang), lang, kind, title: t(lang, title), breadcrumbs: [home(lang)], alternates: everyLang((l) => path(l)) });
    }
    pages.push({
      path: searchPath(lang),
      lang,
      kind: 'search',
      title: t(lang, 'nav.search'),
      breadcrumbs: [home(lang)],
      alternates: everyLang((l) => searchPath(l)),
    });
    pages.push({
      path: archivesPath(lang),
      lang,
      kind: 'archives',
      title: t(lang, 'listing.archives'),
      breadcrumbs: [home(lang)],
      terms: tax.years.map((y) => ({ name: String(y.year), path: yearPath(lang, y.year), count: y.releases.length })),
      alternates: everyLang((l) => archivesPath(l)),
    });
    for (const { year, releases } of tax.years) {
      paged(lang, yearPath(lang, year), releases, () => ({
        lang,
        kind: 'year',
        title: t(lang, 'listing.year', { year }),
        breadcrumbs: [home(lang), { label: t(lang, 'nav.archives'), path: archivesPath(lang) }],
        alternates: alternatesWhere((other, l) => (other.years.some((y) => y.year === year) ? yearPath(l, year) : undefined)),
      }));
    }

    const taxonomyList: [Taxonomy, Term<R>[], 'listing.countries' | 'listing.topics' | 'nav.types', 'listing.country' | 'listing.topic' | 'listing.type'][] = [
      ['countries', tax.countries, 'listing.countries', 'listing.country'],
      ['topics', tax.topics, 'listing.topics', 'listing.topic'],
      ['types', tax.types, 'nav.types', 'listing.type'],
    ];
    for (const [taxonomy, terms, indexTitle, termTitle] of taxonomyList) {
      const indexCrumb = { label: t(lang, indexTitle), path: taxonomyPath(lang, taxonomy) };
      pages.push({
        path: taxonomyPath(lang, taxonomy),
        lang,
        kind: 'index',
        title: t(lang, indexTitle),
        breadcrumbs: [home(lang)],
        terms: terms.map((term) => ({ name: term.name, path: taxonomyPath(lang, taxonomy, term.slug), count: term.releases.length })),
        alternates: everyLang((l) => taxonomyPath(l, taxonomy)),
      });
      for (const term of terms) {
        paged(lang, taxonomyPath(lang, taxonomy, term.slug), term.releases, () => ({
          lang,
          kind: 'term',
          // Feeds stay in their language: a term only other languages' releases have has none here.
          ...(taxonomy === 'types' || !term.releases.some((r) => r.lang === lang) ? {} : { feedBase: taxonomyPath(lang, taxonomy, term.slug) }),
          title: t(lang, termTitle, { name: term.name }),
          breadcrumbs: [home(lang), indexCrumb],
          alternates: alternatesWhere((other, l) => {
            const same = other[taxonomy].find((x) => x.key === term.key);
            return same ? taxonomyPath(l, taxonomy, same.slug) : undefined;
          }),
        }));
      }
    }
  }
  return pages;
}

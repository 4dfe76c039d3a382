// Every listing page of the site (home, years, countries, topics, types, their indexes), computed once from the newsroom.
import type { Lang } from '../lib/languages.ts';
import type { Release } from './release.ts';
import type { Taxonomies, Term } from './taxonomies.ts';
import type { Alternate } from './translations.ts';
import { paginate, type Page } from './paginate.ts';
import { t } from '../lib/i18n.ts';
import { archivesPath, contactsPath, homePath, mediaKitPath, pagePath, searchPath, taxonomyPath, yearPath, type Taxonomy } from '../lib/routes.ts';

export const PAGE_SIZE = 20;

export interface Crumb {
  label: string;
  path: string;
}

export interface ListingPage<R extends Release = Release> {
  path: string;
  lang: Lang;
  kind: 'home' | 'year' | 'term' | 'index' | 'archives' | 'search' | 'media-kit' | 'contacts';
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
}

/**
 * Every listing page in every language; `taxonomies` is per language; `translatedInto` tells whether a release has a
 * version in another language (such a release is not offered again, in its own language, on that one's home).
 */
export function buildListings<R extends Release>(
  languages: readonly Lang[],
  byLang: Map<Lang, R[]>,
  taxonomies: Map<Lang, Taxonomies<R>>,
  translatedInto: (release: R, lang: Lang) => boolean,
): ListingPage<R>[] {
  const pages: ListingPage<R>[] = [];
  const home = (lang: Lang): Crumb => ({ label: t(lang, 'site.home'), path: homePath(lang) });
  const everyLang = (path: (l: Lang) => string) => languages.map((l) => ({ lang: l, path: path(l) }));
  const alternatesWhere = (find: (tax: Taxonomies<R>, l: Lang) => string | undefined) =>
    languages.flatMap((l) => {
      const path = find(taxonomies.get(l)!, l);
      return path ? [{ lang: l, path }] : [];
    });

  /** Up to `room` releases of the other languages, newest first in each, none that `lang` has a version of. */
  const otherLanguages = (lang: Lang, room: number) => {
    const groups: { lang: Lang; releases: R[] }[] = [];
    for (const l of languages) {
      if (l === lang || room <= 0) continue;
      const releases = (byLang.get(l) ?? []).filter((r) => !translatedInto(r, lang)).slice(0, room);
      room -= releases.length;
      if (releases.length) groups.push({ lang: l, releases });
    }
    return groups;
  };

  const paged = (lang: Lang, base: string, releases: R[], make: (n: number) => Omit<ListingPage<R>, 'page' | 'path'>) => {
    const all = paginate(releases, PAGE_SIZE);
    const paths = all.map((p) => pagePath(lang, base, p.number));
    for (const p of all) {
      const info = make(p.number);
      pages.push({
        ...info,
        path: paths[p.number - 1]!,
        page: { ...p, paths, count: releases.length },
        alternates: p.number === 1 ? info.alternates : [],
      });
    }
  };

  for (const lang of languages) {
    const tax = taxonomies.get(lang)!;
    const own = byLang.get(lang) ?? [];
    const others = otherLanguages(lang, PAGE_SIZE - own.length);
    paged(lang, homePath(lang), own, (n) => ({
      lang,
      kind: 'home',
      title: t(lang, 'home.title'),
      breadcrumbs: [],
      alternates: everyLang((l) => homePath(l)),
      ...(n === 1 && others.length ? { others } : {}),
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
          ...(taxonomy === 'types' ? {} : { feedBase: taxonomyPath(lang, taxonomy, term.slug) }),
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

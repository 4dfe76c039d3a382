// Every URL of the site is built here, so links, feeds, sitemaps and redirects always agree.
import type { Lang } from './languages.ts';
import { t } from './i18n.ts';
import { site } from '../site.config.ts';

/** "/" for the default language, "/en/" for the others. */
export function langPrefix(lang: Lang): string {
  return lang === site.languages[0] ? '/' : `/${lang}/`;
}

/** The [...lang] route parameter: undefined for the default language (served at the root). */
export function langParam(lang: Lang): string | undefined {
  return lang === site.languages[0] ? undefined : lang;
}

/** Page n of a listing that starts at `base`: base itself for page 1, then base + "page/2/". */
export function pagePath(lang: Lang, base: string, page = 1): string {
  return page <= 1 ? base : `${base}${t(lang, 'route.page')}/${page}/`;
}

export function homePath(lang: Lang, page = 1): string {
  return pagePath(lang, langPrefix(lang), page);
}

/** A release lives under its year: /2017/procureurs-traite/, /en/2017/prosecutors-trafficking/. */
export function releasePath(lang: Lang, year: number, slug: string): string {
  return `${langPrefix(lang)}${year}/${slug}/`;
}

export function yearPath(lang: Lang, year: number, page = 1): string {
  return pagePath(lang, `${langPrefix(lang)}${year}/`, page);
}

export type Taxonomy = 'countries' | 'topics' | 'types';

/** /pays/, /en/countries/, /es/paises/ — and, with a slug, one term: /pays/perou/. */
export function taxonomyPath(lang: Lang, taxonomy: Taxonomy, slug?: string, page = 1): string {
  const base = `${langPrefix(lang)}${t(lang, `route.${taxonomy}`)}/`;
  return slug === undefined ? base : pagePath(lang, `${base}${slug}/`, page);
}

export function archivesPath(lang: Lang): string {
  return `${langPrefix(lang)}${t(lang, 'route.archives')}/`;
}

/** The events not yet ended, soonest first: /a-venir/, /en/upcoming/. */
export function upcomingPath(lang: Lang): string {
  return `${langPrefix(lang)}${t(lang, 'route.upcoming')}/`;
}

/** Every event of a language, as a calendar to subscribe to, beside the Upcoming page. */
export function calendarPath(lang: Lang): string {
  return `${upcomingPath(lang)}calendar.ics`;
}

export function searchPath(lang: Lang): string {
  return `${langPrefix(lang)}${t(lang, 'route.search')}/`;
}

/** Absolute URL on the deployed site. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').href;
}

/**
 * Files beside the release: its copy-ready editions (/2017/procureurs-traite-perou.txt and .md), its event's
 * calendar file (.ics) and its release kit (.zip).
 */
export function editionPath(releasePath: string, format: 'txt' | 'md' | 'ics' | 'zip'): string {
  return `${releasePath.replace(/\/$/, '')}.${format}`;
}

/** The e-mail edition, for the communication team (not linked for readers): /2017/procureurs-traite-perou/email.html. */
export function emailPath(releasePath: string): string {
  return `${releasePath}email.html`;
}

/** A media contact's vCard (src/pages/contacts/[slug].vcf.ts). */
export function vcardPath(slug: string): string {
  return `/contacts/${slug}.vcf`;
}

export function mediaKitPath(lang: Lang): string {
  return `${langPrefix(lang)}${t(lang, 'route.mediaKit')}/`;
}

export function contactsPath(lang: Lang): string {
  return `${langPrefix(lang)}${t(lang, 'route.contacts')}/`;
}

/** Feed paths of a listing page, for <link rel="alternate"> in its head. */
export function feedLinks(base: string): { rss: string; atom: string } {
  return { rss: `${base}rss.xml`, atom: `${base}atom.xml` };
}

// Every URL of the site is built here, so links, feeds, sitemaps and redirects always agree.
import type { Lang } from './languages.ts';
import { site } from '../site.config.ts';

/** "/" for the default language, "/en/" for the others. */
export function langPrefix(lang: Lang): string {
  return lang === site.languages[0] ? '/' : `/${lang}/`;
}

export function homePath(lang: Lang): string {
  return langPrefix(lang);
}

/** A release lives under its year: /2017/procureurs-traite/, /en/2017/prosecutors-trafficking/. */
export function releasePath(lang: Lang, year: number, slug: string): string {
  return `${langPrefix(lang)}${year}/${slug}/`;
}

/** Absolute URL on the deployed site. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').href;
}

/** The [...lang] route parameter: undefined for the default language (served at the root). */
export function langParam(lang: Lang): string | undefined {
  return lang === site.languages[0] ? undefined : lang;
}

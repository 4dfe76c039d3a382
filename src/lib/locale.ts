// The locale each language writes dates and numbers in: the site's choice (src/site.config.ts, `locales`), else the language itself.
import { site } from '../site.config.ts';
import type { Lang } from './languages.ts';

/** "en-GB" when the site writes English dates as "31 January 2017"; "en" (January 31, 2017) when it does not say. */
export function localeOf(lang: Lang): string {
  return site.locales[lang] ?? lang;
}

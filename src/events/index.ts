// The newsroom's events as calendar files: one per advisory, beside its page, and one per language to subscribe to.
import type { Newsroom, SiteRelease } from '../newsroom/index.ts';
import type { Lang } from '../lib/languages.ts';
import { absoluteUrl, calendarPath, editionPath, upcomingPath } from '../lib/routes.ts';
import { t } from '../lib/i18n.ts';
import { site } from '../site.config.ts';
import { calendar, type EventRelease } from './ics.ts';

export interface CalendarFile {
  path: string;
  /** Renders the file (only when the build writes it). */
  render: () => string;
}

const hasEvent = (r: SiteRelease): r is SiteRelease & EventRelease => r.event !== undefined;

/** The calendar name of a language: "Événements à venir — Communiqués de presse". */
function calendarName(lang: Lang): string {
  return `${t(lang, 'upcoming.title')} — ${site.title[lang]}`;
}

/** The .ics of one release's event (what its page links to), if it announces one. */
export function releaseCalendar(release: SiteRelease): string | undefined {
  return hasEvent(release) ? calendar([release], { name: calendarName(release.lang), lang: release.lang, url: absoluteUrl(release.path) }) : undefined;
}

/**
 * Every calendar file: each event's, and each language's of all its events, past and upcoming, soonest first —
 * in its own language, like the feeds, and never with a release held from readers (a preview build shows those).
 */
export function calendarFiles(newsroom: Newsroom): CalendarFile[] {
  const files: CalendarFile[] = [];
  for (const release of newsroom.releases.filter(hasEvent)) files.push({ path: editionPath(release.path, 'ics'), render: () => releaseCalendar(release)! });
  for (const lang of site.languages) {
    const events = newsroom.byLang
      .get(lang)!
      .filter((r) => !r.hold)
      .filter(hasEvent)
      .sort((a, b) => a.event.startsAt.getTime() - b.event.startsAt.getTime());
    files.push({ path: calendarPath(lang), render: () => calendar(events, { name: calendarName(lang), lang, url: absoluteUrl(upcomingPath(lang)) }) });
  }
  return files;
}

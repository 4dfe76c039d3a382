// Calendar files (RFC 5545): one per event, to add it in one tap, and one per language of every event, to subscribe to.
import ical, { ICalCalendarMethod } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Lang } from '../lib/languages.ts';
import type { Release, ReleaseEvent } from '../newsroom/release.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { dateToInstant, updateInstant } from '../lib/dates.ts';
import { typeset } from '../lib/typeset.ts';
import { t } from '../lib/i18n.ts';
import { site } from '../site.config.ts';

export type EventRelease = Release & { event: ReleaseEvent };

/** A date whose UTC fields are the wall-clock time of `instant` in `zone`. */
export function wallClock(instant: Date, zone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!));
}

/** The lines of the event's description: how to attend, then the release's address. */
function description(release: EventRelease): string {
  const { event, lang } = release;
  return [
    release.summary,
    event.online && t(lang, 'edition.field', { label: t(lang, 'event.online'), value: event.online }),
    event.registration && t(lang, 'edition.field', { label: t(lang, 'event.registration'), value: event.registration }),
    absoluteUrl(release.path),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A calendar of events. Times are written in the event's time zone with its definition (VTIMEZONE) when the
 * author named the zone, else in UTC; DTSTAMP is the release's last change, so the same content gives the same bytes.
 */
export function calendar(releases: readonly EventRelease[], options: { name: string; lang: Lang; url: string }): string {
  const cal = ical({
    name: options.name,
    prodId: { company: site.organization.shortName[options.lang] ?? 'Communiqués', product: 'Communiqués', language: options.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    url: options.url,
    timezone: { name: null, generator: (zone: string) => tzlib_get_ical_block(zone)[0] ?? null },
  });
  for (const release of releases) {
    const { event, lang } = release;
    const organizer = release.contacts.find((c) => c.email);
    cal.createEvent({
      id: absoluteUrl(release.path),
      // With a named zone, ical-generator writes a date's UTC fields as the zone's wall-clock time.
      ...(event.timezone
        ? { start: wallClock(event.startsAt, event.timezone), ...(event.end ? { end: wallClock(event.endsAt, event.timezone) } : {}), timezone: event.timezone }
        : { start: event.startsAt, ...(event.end ? { end: event.endsAt } : {}) }),
      stamp: release.modified ? updateInstant(release.modified) : dateToInstant(release.data.date),
      summary: typeset(release.data.title, lang).replace(/\u202f|\u00a0/g, ' '),
      description: description(release),
      ...(event.place || event.address ? { location: [event.place, event.address].filter(Boolean).join(', ') } : event.online ? { location: event.online } : {}),
      url: absoluteUrl(release.path),
      // Who to ask: the release's first media contact with an address (ORGANIZER is an address in RFC 5545).
      ...(organizer ? { organizer: { name: organizer.name, email: organizer.email! } } : {}),
    });
  }
  return cal.toString();
}

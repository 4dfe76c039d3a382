// When an event takes place, as its page says it: in the reader's language, in the event's own time zone, with the offset.
import type { Lang } from '../lib/languages.ts';
import type { ReleaseEvent } from '../newsroom/release.ts';
import { localeOf } from '../lib/locale.ts';
import { zoneOffset } from '../lib/dates.ts';

/** "UTC−05:00" (a true minus sign), "UTC" for no offset. */
export function utcOffset(offset: string): string {
  return offset === '+00:00' ? 'UTC' : `UTC${offset.replace('-', '−')}`;
}

/**
 * "jeudi 12 mars 2026, 10:00–11:30", and the zone: "(UTC−05:00)", or with the zone's name when the author gave
 * it, "(heure du Pérou, UTC−05:00)". An event over several days shows both dates.
 */
export function eventWhen(event: ReleaseEvent, lang: Lang): { dates: string; zone: string } {
  const locale = localeOf(lang);
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: event.zone,
  });
  const dates = event.endsAt.getTime() === event.startsAt.getTime() ? format.format(event.startsAt) : format.formatRange(event.startsAt, event.endsAt);
  const offset = utcOffset(event.timezone ? zoneOffset(event.startsAt, event.timezone) : event.zone);
  const name = event.timezone
    ? new Intl.DateTimeFormat(locale, { timeZone: event.timezone, timeZoneName: 'long' }).formatToParts(event.startsAt).find((p) => p.type === 'timeZoneName')?.value
    : undefined;
  return { dates, zone: name && !/^(GMT|UTC)/.test(name) ? `${name}, ${offset}` : offset };
}

// Events as readers and calendars see them, and what each language's readers are offered.
import { describe, expect, it } from 'vitest';
import { eventOf, isUpcoming, type Release } from '../../src/newsroom/release.ts';
import { eventWhen, utcOffset } from '../../src/events/when.ts';
import { wallClock } from '../../src/events/ics.ts';
import { readersPool, upcomingEvents, PAGE_SIZE } from '../../src/newsroom/listings.ts';
import type { Lang } from '../../src/lib/languages.ts';

describe('when an event takes place', () => {
  const lima = eventOf({ start: '2026-03-12T10:00:00-05:00', end: '2026-03-12T11:30:00-05:00', timezone: 'America/Lima', place: 'Lima' });

  it('is told in the reader’s language, in the event’s time zone, with its offset', () => {
    expect(eventWhen(lima, 'en')).toEqual({ dates: 'Thursday, 12 March 2026, 10:00–11:30', zone: 'Peru Standard Time, UTC−05:00' });
    expect(eventWhen(lima, 'es').dates).toBe('jueves, 12 de marzo de 2026, 10:00–11:30');
    expect(eventWhen(lima, 'fr').zone).toBe('heure normale du Pérou, UTC−05:00');
  });

  it('takes the offset it was written with when no zone is named, and gives both days of an event over two', () => {
    const geneva = eventOf({ start: '2026-03-12T17:00:00+01:00', end: '2026-03-13T09:00:00+01:00', place: 'Genève' });
    const { dates, zone } = eventWhen(geneva, 'fr');
    // (ICU sets thin spaces around the range's dash)
    expect(dates.replace(/\s/g, ' ')).toBe('jeudi 12 mars 2026 à 17:00 – vendredi 13 mars 2026 à 09:00');
    expect(zone).toBe('UTC+01:00');
    expect(utcOffset('+00:00')).toBe('UTC');
  });

  it('follows summer time in a named zone', () => {
    const paris = eventOf({ start: '2026-07-01T10:00:00+02:00', timezone: 'Europe/Paris', place: 'Paris' });
    expect(eventWhen(paris, 'en').zone).toBe('Central European Summer Time, UTC+02:00');
  });

  it('is upcoming until it ends, and an event without an end until it starts', () => {
    expect(isUpcoming(lima, new Date('2026-03-12T16:29:00Z'))).toBe(true);
    expect(isUpcoming(lima, new Date('2026-03-12T16:31:00Z'))).toBe(false);
    const open = eventOf({ start: '2026-03-12T10:00:00-05:00', online: 'https://example.org' });
    expect(isUpcoming(open, new Date('2026-03-12T15:00:00Z'))).toBe(true);
    expect(isUpcoming(open, new Date('2026-03-12T15:00:01Z'))).toBe(false);
  });

  it('is written in a calendar as the zone’s wall-clock time', () => {
    expect(wallClock(lima.startsAt, 'America/Lima').toISOString()).toBe('2026-03-12T10:00:00.000Z');
    expect(wallClock(new Date('2026-07-01T08:00:00Z'), 'Europe/Paris').toISOString()).toBe('2026-07-01T10:00:00.000Z');
  });
});

describe('what a language’s readers are offered', () => {
  type R = Pick<Release, 'id' | 'lang' | 'event'>;
  const release = (id: string, lang: Lang, event?: string): R => ({ id, lang, ...(event ? { event: eventOf({ start: event, place: 'x' }) } : {}) });
  const groups = [['fr-a', 'es-a']];
  const versions = {
    versionsOf: (r: R) => (groups.find((g) => g.includes(r.id)) ?? [r.id]).map((id) => all.find((x) => x.id === id)!),
    translatedInto: (r: R, lang: Lang) => versions.versionsOf(r).some((v) => v.lang === lang),
  };
  const all: R[] = [release('fr-a', 'fr', '2099-01-02T10:00:00Z'), release('es-a', 'es', '2099-01-02T10:00:00Z'), release('fr-b', 'fr', '2099-01-01T10:00:00Z'), release('en-c', 'en', '2000-01-01T10:00:00Z'), release('es-d', 'es')];
  const ids = (list: R[]) => list.map((r) => r.id);

  it('is its own releases, then the others that have no version in it, each release once', () => {
    expect(ids(readersPool('en', all as Release[], versions as never))).toEqual(['fr-a', 'fr-b', 'en-c', 'es-d']);
    expect(ids(readersPool('es', all as Release[], versions as never))).toEqual(['es-a', 'fr-b', 'en-c', 'es-d']);
  });

  it('is its own releases alone once it has a page of them', () => {
    expect(ids(readersPool('en', all as Release[], versions as never, 1))).toEqual(['en-c']);
    expect(PAGE_SIZE).toBeGreaterThan(1);
  });

  it('on the Upcoming page, is every event not ended, soonest first, whatever the language has of its own', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(ids(upcomingEvents('en', all as Release[], versions as never, now))).toEqual(['fr-b', 'fr-a']);
    expect(ids(upcomingEvents('es', all as Release[], versions as never, now))).toEqual(['fr-b', 'es-a']);
  });
});

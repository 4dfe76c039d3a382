import { describe, expect, it } from 'vitest';
import { dateSortKey, dateToInstant, formatReleaseDate, parseInstant, parseReleaseDate } from '../../src/lib/dates.ts';
import { siteConfigSchema } from '../../src/lib/site-schema.ts';
import { site } from '../../src/site.config.ts';

describe('release dates', () => {
  it('reads full and month-precision dates', () => {
    expect(parseReleaseDate('2017-01-31')).toMatchObject({ year: 2017, month: 1, day: 31, precision: 'day' });
    expect(parseReleaseDate('2007-08')).toEqual({ iso: '2007-08', year: 2007, month: 8, precision: 'month' });
  });

  it.each([
    ['2017-02-30', 'does not exist'],
    ['2017-02-29', 'does not exist'],
    ['2017-13', 'no month 13'],
    ['2017-00-10', 'no month 00'],
    ['17-01-31', 'is not a date'],
    ['2017/01/31', 'is not a date'],
    ['31 janvier 2017', 'is not a date'],
    ['2017-1-3', 'is not a date'],
  ])('refuses %s, saying why', (value, why) => {
    const result = parseReleaseDate(value);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(why);
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseReleaseDate('2016-02-29')).toMatchObject({ day: 29 });
  });

  // English as the bundled site configuration writes it (locales: { en: 'en-GB' }).
  it.each([
    ['fr', '2017-01-31', '31 janvier 2017'],
    ['en', '2017-01-31', '31 January 2017'],
    ['es', '2017-01-31', '31 de enero de 2017'],
    ['fr', '2007-08', 'août 2007'],
    ['en', '2007-08', 'August 2007'],
    ['es', '2007-08', 'agosto de 2007'],
  ] as const)('shows %s %s as "%s", never with a made-up day', (lang, value, shown) => {
    expect(formatReleaseDate(value, lang)).toBe(shown);
  });

  it('takes the locale of each language from the site configuration, and refuses one it does not know', () => {
    expect(siteConfigSchema.parse({ ...site, locales: { en: 'en-US', fr: 'fr-CH' } }).locales).toEqual({ en: 'en-US', fr: 'fr-CH' });
    const wrong = siteConfigSchema.safeParse({ ...site, locales: { en: 'british english' } });
    expect(wrong.error?.issues[0]).toMatchObject({ path: ['locales', 'en'], message: expect.stringContaining('is not a locale') });
  });

  it('shows the same day whatever the machine timezone', () => {
    // The formatter works in UTC, and the instant is midnight UTC of that day.
    expect(dateToInstant('2017-01-31').toISOString()).toBe('2017-01-31T00:00:00.000Z');
    expect(dateToInstant('2007-08').toISOString()).toBe('2007-08-01T00:00:00.000Z');
  });

  it('sorts a month-precision date as the start of its month', () => {
    const sorted = ['2007-08-02', '2007-08', '2007-07-31'].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)));
    expect(sorted).toEqual(['2007-07-31', '2007-08', '2007-08-02']);
  });

  it('reads date-times only with a timezone', () => {
    expect(parseInstant('2026-03-01T09:00:00+01:00')?.toISOString()).toBe('2026-03-01T08:00:00.000Z');
    expect(parseInstant('2026-03-01T08:00Z')?.toISOString()).toBe('2026-03-01T08:00:00.000Z');
    expect(parseInstant('2026-03-01T09:00:00')).toBeUndefined();
    expect(parseInstant('2026-02-30T09:00:00Z')).toBeUndefined();
    expect(parseInstant('2026-03-01')).toBeUndefined();
  });
});

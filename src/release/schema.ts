// What a release is: the single definition used by the site, the importer and the editors' JSON Schema.
import { z } from 'astro/zod';
import { LANGS } from '../lib/languages.ts';
import { contactSchema, text } from './contact-schema.ts';
import { isTimeZone, parseReleaseDate, parseInstant } from '../lib/dates.ts';
import { glossarySchema } from '../markdown/glossary.ts';

/** Kinds of release; their labels live in src/i18n/<lang>.json as "type.<kind>". */
export const RELEASE_TYPES = ['communique', 'news', 'statement', 'briefing-note', 'media-advisory', 'speech'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

export const SCOPES = ['global', 'local'] as const;

/** Marker the importer writes when it found no date; the build then asks for one. */
export const DATE_NEEDED = 'date-needed';


const releaseDate = z.string().superRefine((value, ctx) => {
  if (value === DATE_NEEDED) {
    ctx.addIssue({
      code: 'custom',
      message: 'date needed: the importer found no reliable date; write the publication date as YYYY-MM-DD, or YYYY-MM if only the month is known',
    });
    return;
  }
  const parsed = parseReleaseDate(value);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error });
});

const instant = z.string().refine((v) => parseInstant(v) !== undefined, {
  message: 'must be a date and time with its timezone, such as 2026-03-01T09:00:00+01:00 or 2026-03-01T08:00:00Z',
});

/** A correction or update: when (a day, or a date and time with its timezone) and what changed, in a sentence. */
export const updateSchema = z.strictObject({
  date: z.string().refine((v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && !('error' in parseReleaseDate(v))) || parseInstant(v) !== undefined, {
    message: 'must be a day (2017-02-02) or a date and time with its timezone (2017-02-02T10:30:00+01:00)',
  }),
  note: text.max(500, 'is too long for an update note (500 characters at most)'),
});

/** Release types that may announce an event: a press conference, a field visit, a briefing. */
export const EVENT_TYPES = ['media-advisory', 'briefing-note'] as const;

/**
 * What a media advisory announces: when (date-times with their offset, and the place's time zone by name if the
 * author knows it), where, how to attend. The content check adds what involves other fields (src/release/content-check.ts).
 */
export const eventSchema = z.strictObject({
  start: instant,
  end: instant.optional(),
  timezone: z
    .string()
    .refine(isTimeZone, { message: 'must be a time zone name, such as America/Lima or Europe/Paris' })
    .optional(),
  place: text.max(200, 'is too long for a place (200 characters at most)').optional(),
  address: text.max(300, 'is too long for an address (300 characters at most)').optional(),
  online: z.url({ protocol: /^https$/, error: 'must be a web address starting with https://' }).optional(),
  registration: text.max(500, 'is too long (500 characters at most)').optional(),
});
export type EventData = z.output<typeof eventSchema>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case ASCII letters, digits and hyphens');

/** A photo at the top of the release: a file in content/images/ (or a path relative to the release). */
export const heroSchema = z.strictObject({
  src: z.string().trim().min(1, 'must name the image file, e.g. formation-lima.jpg'),
  alt: text,
  caption: text.optional(),
  credit: text.optional(),
});

export const releaseSchema = z.strictObject({
  title: text.max(300, 'is too long for a title (300 characters at most)'),
  lang: z.enum(LANGS),
  date: releaseDate,
  type: z.enum(RELEASE_TYPES).default('communique'),
  scope: z.enum(SCOPES).default('global'),
  dateline: text.max(120).optional(),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, such as PE'))
    .default([]),
  topics: z.array(slug).default([]),
  summary: text.max(1000).optional(),
  image: heroSchema.optional(),
  contacts: z.array(contactSchema).default([]),
  translationKey: slug.optional(),
  draft: z.boolean().default(false),
  embargo: instant.optional(),
  /** For a media advisory or a briefing note: the event it announces. */
  event: eventSchema.optional(),
  /** Corrections and updates after publication; listings stay by publication date. */
  updates: z.array(updateSchema).default([]),
  aliases: z.array(z.string().regex(/^\/[^\s?#]*$/, 'must be a path on this site, starting with /')).default([]),
  glossary: glossarySchema.optional(),
  source: z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' }).optional(),
  /** For the newsroom, never published: where the text came from, what an author should check (the importer's notes). */
  notes: z.string().optional(),
});

/** A release's front matter as the site sees it (defaults applied). */
export type ReleaseData = z.output<typeof releaseSchema>;
/** A release's front matter as an author may write it. */
export type ReleaseInput = z.input<typeof releaseSchema>;

// What src/site.config.ts may hold, so an adopter's typo fails the build with the field's name.
import { z } from 'astro/zod';
import { LANGS, isKnownLocale } from './languages.ts';
import { contactSchema } from '../release/contact-schema.ts';

const perLang = z.partialRecord(z.enum(LANGS), z.string().trim().min(1));
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #0b4f9c');

export const siteConfigSchema = z.strictObject({
  url: z.url().transform((u) => u.replace(/\/+$/, '')),
  languages: z.array(z.enum(LANGS)).min(1).refine((l) => new Set(l).size === l.length, 'lists a language twice'),
  organization: z.strictObject({
    name: perLang,
    /** The article the name takes inside a sentence ("l’", "the", "la"), per language; none when it takes none. */
    article: z.partialRecord(z.enum(LANGS), z.string()).default({}),
    shortName: perLang,
    url: z.url(),
    about: perLang,
  }),
  title: perLang,
  logo: z.string().startsWith('/'),
  colors: z.strictObject({ accent: color, accentDark: color }),
  contacts: z.array(contactSchema),
  /** How newsrooms may use the photos and charts of the releases (shown in the media kit). */
  mediaLicence: perLang,
  /**
   * The editor at /admin/ (Sveltia CMS): where a team's releases live, and whether a release goes through review
   * (draft → in review → ready, as a branch and pull request) before it is published. Authors with a clone of
   * the site can always work on their local folder instead.
   */
  editor: z
    .strictObject({
      backend: z.enum(['github', 'gitlab', 'gitea']),
      /** "owner/repository". */
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/repository'),
      branch: z.string().min(1).default('main'),
      /** The API's address for a self-hosted GitLab, Gitea or Forgejo (https://git.example.org/api/v1). */
      apiRoot: z.url({ protocol: /^https$/ }).optional(),
      review: z.boolean().default(true),
    })
    .optional(),
  /** The locale each language writes dates and numbers in (en-GB: 31 January 2017); the language itself when absent. */
  locales: z
    .partialRecord(
      z.enum(LANGS),
      z.string().refine(isKnownLocale, 'is not a locale: write a tag such as en-GB, en-US, fr-CH or es-419'),
    )
    .default({}),
});
export type SiteConfig = z.input<typeof siteConfigSchema>;
export type Site = z.output<typeof siteConfigSchema>;

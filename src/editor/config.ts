// The editor's configuration (Sveltia CMS at /admin/), generated from what a release is (src/release/schema.ts),
// the topics (content/topics.yml) and the site's languages: never written by hand, so the two cannot disagree
// (tests/unit/editor.test.ts holds them against each other).
import type { Lang } from '../lib/languages.ts';
import type { Site } from '../lib/site-schema.ts';
import type { Topics } from '../release/topics.ts';
import { EVENT_TYPES, RELEASE_TYPES, SCOPES } from '../release/schema.ts';
import { countryName, isCountryCode } from '../lib/countries.ts';
import { t, type UiKey } from '../lib/i18n.ts';
import { RELEASE_DATE_FIELD } from './date-field.ts';

/** The name under which the editor knows the release file format (src/editor/browser.ts registers it); the editor
 * accepts a .md file only in a format whose name ends in "-frontmatter". */
export const RELEASE_FORMAT = 'release-frontmatter';

type Field = Record<string, unknown> & { name: string; widget: string };

/** Every ISO 3166-1 country code, by name in `lang`. */
function countryOptions(lang: Lang): { label: string; value: string }[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter(isCountryCode);
  return codes.map((code) => ({ label: countryName(code, lang), value: code })).sort((a, b) => a.label.localeCompare(b.label, lang));
}

// A date and time with its offset, as the schema wants it ("2026-03-01T09:00:00+01:00"), from the author's browser.
const INSTANT = { widget: 'datetime', type: 'datetime-local', format: 'YYYY-MM-DDTHH:mm:ssZ' } as const;

/**
 * The configuration, in the site's first language (labels and help texts; Sveltia's own interface follows the
 * author's browser language). `folder` is where releases live, from the repository's root.
 */
export function editorConfig(site: Site, topics: Topics, folder = 'content'): Record<string, unknown> {
  const lang = site.languages[0]!;
  const label = (name: string) => t(lang, `editor.field.${name}` as UiKey);
  const hint = (name: string) => t(lang, `editor.hint.${name}` as UiKey);
  const field = (name: string, widget: string, options: Record<string, unknown> = {}, key = name): Field => ({ name, label: label(key), widget, ...options });
  const optional = { required: false };
  // Fields the same in every language's version of a release, entered once: dates, kinds, places, people.
  const same = { i18n: 'duplicate' };
  const translated = { i18n: true };

  const fields: Field[] = [
    // First, where an author opening an imported draft sees why it is one.
    field('notes', 'text', { hint: hint('notes'), ...optional, ...translated }),
    field('title', 'string', { maxlength: 300, hint: hint('title'), ...translated }),
    field('lang', 'hidden', { default: '{{locale}}', ...translated }),
    // A date picker, or a month picker for an archive whose day is unknown (src/editor/date-field.ts): 2007-08 stays
    // a month when another field is edited.
    field('date', RELEASE_DATE_FIELD, { hint: hint('date'), ...same }),
    field('type', 'select', { options: RELEASE_TYPES.map((v) => ({ label: t(lang, `type.${v}`), value: v })), default: 'communique', ...same }),
    field('scope', 'select', { options: SCOPES.map((v) => ({ label: t(lang, `scope.${v}`), value: v })), default: 'global', ...same }),
    field('dateline', 'string', { maxlength: 120, hint: hint('dateline'), ...optional, ...translated }),
    field('countries', 'select', { multiple: true, options: countryOptions(lang), ...optional, ...same }),
    field('topics', 'select', { multiple: true, options: Object.entries(topics).map(([value, labels]) => ({ label: labels[lang] ?? value, value })), ...optional, ...same }),
    field('summary', 'text', { maxlength: 1000, hint: hint('summary'), ...optional, ...translated }),
    field('image', 'object', {
      ...optional,
      ...translated,
      fields: [
        field('src', 'image', { ...same }, 'image.src'),
        field('alt', 'string', { hint: hint('image.alt'), ...translated }, 'image.alt'),
        field('caption', 'string', { ...optional, ...translated }, 'image.caption'),
        field('credit', 'string', { ...optional, ...same }, 'image.credit'),
      ],
    }),
    // The same people in every version (journalists call them whatever the language they read).
    field('contacts', 'list', {
      label_singular: label('contact'),
      summary: '{{fields.name}}',
      ...optional,
      ...same,
      // (each part too: the editor copies a group's parts only when they say so)
      fields: [
        field('name', 'string', { ...same }, 'contacts.name'),
        field('role', 'string', { ...optional, ...same }, 'contacts.role'),
        field('office', 'string', { ...optional, ...same }, 'contacts.office'),
        field('email', 'string', { type: 'email', ...optional, ...same }, 'contacts.email'),
        field('phone', 'string', { hint: hint('phone'), ...optional, ...same }, 'contacts.phone'),
        field('mobile', 'string', { hint: hint('phone'), ...optional, ...same }, 'contacts.mobile'),
      ],
    }),
    // Kept as the file has it, and given to a translation made here (the site also links same-named files).
    field('translationKey', 'hidden', { ...same }),
    field('draft', 'boolean', { default: false, hint: hint('draft'), ...optional, ...translated }),
    field('embargo', INSTANT.widget, { type: INSTANT.type, format: INSTANT.format, hint: hint('embargo'), ...optional, ...same }),
    field('event', 'object', {
      hint: `${hint('event')} (${EVENT_TYPES.map((v) => t(lang, `type.${v}`)).join(', ')})`,
      ...optional,
      ...translated,
      fields: [
        field('start', INSTANT.widget, { type: INSTANT.type, format: INSTANT.format, ...same }, 'event.start'),
        field('end', INSTANT.widget, { type: INSTANT.type, format: INSTANT.format, ...optional, ...same }, 'event.end'),
        field('timezone', 'string', { hint: hint('event.timezone'), ...optional, ...same }, 'event.timezone'),
        field('place', 'string', { maxlength: 200, ...optional, ...translated }, 'event.place'),
        field('address', 'string', { maxlength: 300, ...optional, ...same }, 'event.address'),
        field('online', 'string', { type: 'url', ...optional, ...same }, 'event.online'),
        field('registration', 'text', { maxlength: 500, ...optional, ...translated }, 'event.registration'),
      ],
    }),
    field('updates', 'list', {
      label_singular: label('update'),
      summary: '{{fields.date}} — {{fields.note}}',
      ...optional,
      ...translated,
      fields: [
        field('date', INSTANT.widget, { type: INSTANT.type, format: INSTANT.format }, 'updates.date'),
        field('note', 'text', { maxlength: 500 }, 'updates.note'),
      ],
    }),
    field('aliases', 'list', { hint: hint('aliases'), ...optional, ...same }),
    field('glossary', 'keyvalue', { hint: hint('glossary'), ...optional, ...translated }),
    field('source', 'string', { type: 'url', hint: hint('source'), ...optional, ...translated }),
    field('body', 'markdown', { ...translated }),
  ];

  const editor = site.editor;
  return {
    ...(editor
      ? {
          backend: {
            name: editor.backend,
            repo: editor.repo,
            branch: editor.branch,
            ...(editor.apiRoot ? { api_root: editor.apiRoot } : {}),
          },
          ...(editor.review ? { publish_mode: 'editorial_workflow' } : {}),
        }
      : { backend: { name: 'github', repo: 'owner/repository' } }),
    app_title: t(lang, 'editor.title', { site: site.title[lang] ?? '' }),
    site_url: site.url,
    logo_url: site.logo,
    media_folder: `${folder}/images`,
    // Empty fields are left out of the file, as the release schema wants them (it refuses empty values).
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    i18n: {
      structure: 'multiple_folders',
      locales: site.languages,
      default_locale: lang,
      // A translation is written under the same file name in its language's folder, which links the versions on
      // the site as a shared translationKey does (src/newsroom/translations.ts).
      initial_locales: [lang],
    },
    collections: [
      {
        name: 'communiques',
        label: t(lang, 'editor.collection'),
        label_singular: t(lang, 'editor.collectionOne'),
        folder: `${folder}/communiques`,
        // The file's name is its URL: the year, then the title made ASCII (2017-procureurs-traite-perou.md).
        slug: "{{fields.date | date('YYYY')}}-{{title}}",
        // Images sit in content/images, written as a path from the release (the site reads both).
        media_folder: '../../images',
        public_folder: '../../images',
        // Written by src/release/file-format.ts, as the importer writes (registered in src/editor/browser.ts): an
        // edit to one field changes that field's lines only.
        format: RELEASE_FORMAT,
        extension: 'md',
        create: true,
        i18n: true,
        summary: '{{date}} — {{title}}',
        sortable_fields: ['date', 'title'],
        fields,
      },
    ],
  };
}

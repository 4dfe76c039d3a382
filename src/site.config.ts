// The one file an organisation edits to make this newsroom its own: names, languages, colours, contacts.
import { siteConfigSchema, type SiteConfig } from './lib/site-schema.ts';

const config: SiteConfig = {
  // Absolute address where dist/ is served: canonical URLs, feeds and the sitemap are built from it.
  url: 'https://communiques.example.org',

  // Languages of the site, the first being the default (served at "/"; the others at "/en/", "/es/").
  languages: ['fr', 'en', 'es'],

  // The publisher, named in each language.
  organization: {
    name: {
      fr: 'Organisation internationale pour les migrations',
      en: 'International Organization for Migration',
      es: 'Organización Internacional para las Migraciones',
    },
    // The article the name takes in a sentence ("À propos de l’Organisation…", "About the International…").
    article: { fr: 'l’', en: 'the', es: 'la' },
    shortName: { fr: 'OIM', en: 'IOM', es: 'OIM' },
    url: 'https://www.iom.int',
    // About the organisation, used in the media kit and e-mail editions.
    about: {
      fr: 'Créée en 1951, l’OIM est la principale organisation intergouvernementale dans le domaine de la migration.',
      en: 'Established in 1951, IOM is the leading intergovernmental organization in the field of migration.',
      es: 'Establecida en 1951, la OIM es la principal organización intergubernamental en el ámbito de la migración.',
    },
  },

  // Title of the newsroom in each language (shown in the header and the browser tab).
  title: {
    fr: 'Communiqués de presse',
    en: 'Press releases',
    es: 'Comunicados de prensa',
  },

  // A square logo in public/ (SVG), shown in the header.
  logo: '/logo.svg',

  // How each language writes dates and numbers, when not as the language itself does: English dates
  // as "31 January 2017" (en-GB) rather than "January 31, 2017" (en-US).
  locales: { en: 'en-GB' },

  // Brand colours: accent for links and labels, ink for text; dark variants for dark mode.
  colors: {
    accent: '#0b4f9c',
    accentDark: '#8cb8ff',
  },

  // Media contacts offered on every release that names none, and listed first in the contacts directory.
  contacts: [],

  // The editor at /admin/: the git host and repository a team writes to, and whether releases go through review
  // (a branch and pull request per release) before they are published. Authors with a clone of the site can
  // also work on their folder, from `npm run dev`.
  editor: { backend: 'github', repo: 'example-org/communiques', branch: 'main', review: true },

  // How newsrooms may use the photos and charts of the releases (shown in the media kit).
  mediaLicence: {
    fr: 'Libre de droits pour un usage éditorial, avec mention du crédit indiqué.',
    en: 'Free to use for editorial purposes, with the credit shown.',
    es: 'Libre de derechos para uso editorial, citando el crédito indicado.',
  },
};

export const site = siteConfigSchema.parse(config);

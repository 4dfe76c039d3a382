// The copy-ready and e-mail editions of a release, assembled from its rendered body.
import type { SiteRelease } from '../newsroom/index.ts';
import { renderedHtml } from '../newsroom/body-html.ts';
import { absolutize } from '../lib/absolute.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { formatReleaseDate } from '../lib/dates.ts';
import { bodyToText } from './plain-text.ts';
import { markdownEdition, textEdition, type EditionFacts } from './copy-ready.ts';
import { emailHtml } from './email.ts';
import { t, organizationName } from '../lib/i18n.ts';
import { typeset } from '../lib/typeset.ts';
import { site } from '../site.config.ts';
import { sourceOf } from './source.ts';

function facts(release: SiteRelease): EditionFacts {
  const { lang, data } = release;
  return {
    lang,
    title: typeset(data.title, lang),
    typeLabel: t(lang, `type.${data.type}`),
    dateline: data.dateline,
    dateText: formatReleaseDate(data.date, lang),
    url: absoluteUrl(release.path),
    contacts: release.contacts,
  };
}

async function absoluteBody(release: SiteRelease): Promise<string> {
  return absolutize(await renderedHtml(release), absoluteUrl(release.path));
}

const texts = new Map<string, Promise<string>>();

/** The plain-text edition (also the e-mail's text part), made once per build: the download and the release kit share it. */
export function textOf(release: SiteRelease): Promise<string> {
  let text = texts.get(release.id);
  if (!text) texts.set(release.id, (text = absoluteBody(release).then((body) => textEdition(facts(release), bodyToText(body)))));
  return text;
}

const markdown = new Map<string, string>();

/** The .md edition, made once per build: the page's download and the release kit share it (and its one read of the file). */
export function markdownOf(release: SiteRelease): string {
  let md = markdown.get(release.id);
  if (md === undefined) markdown.set(release.id, (md = markdownEdition(facts(release), sourceOf(release))));
  return md;
}

export async function emailOf(release: SiteRelease): Promise<string> {
  const f = facts(release);
  const lang = release.lang;
  const org = site.organization.name[lang] ?? '';
  return emailHtml({
    lang,
    title: f.title,
    labels: [f.typeLabel, t(lang, `scope.${release.data.scope}`)],
    meta: [f.dateline, f.dateText].filter(Boolean).join(' — '),
    url: f.url,
    bodyHtml: await absoluteBody(release),
    contacts: f.contacts,
    organization: org,
    organizationUrl: site.organization.url,
    logoPng: absoluteUrl('/logo.png'),
    accent: site.colors.accent,
    text: {
      viewOnline: t(lang, 'email.viewOnline'),
      contacts: t(lang, 'release.contacts'),
      contactsIntro: t(lang, 'release.contactsIntro'),
      email: t(lang, 'release.email'),
      phone: t(lang, 'release.phone'),
      mobile: t(lang, 'release.mobile'),
      footer: t(lang, 'email.footer', { org: organizationName(lang) }),
    },
    field: (label, value) => t(lang, 'edition.field', { label, value }),
  });
}

// Copy-ready editions of a release: plain text (wrapped, links written out) and its Markdown source, both with the canonical URL.
import type { Contact } from '../release/contact-schema.ts';
import type { Lang } from '../lib/languages.ts';
import { t } from '../lib/i18n.ts';
import { contactMeans } from '../contacts/directory.ts';
import { wrap, WIDTH } from './plain-text.ts';

export interface EditionFacts {
  lang: Lang;
  title: string;
  /** "Communiqué", "Press release"… */
  typeLabel: string;
  dateline?: string;
  /** The date as readers see it: "31 janvier 2017". */
  dateText: string;
  url: string;
  contacts: Contact[];
}

function field(lang: Lang, label: string, value: string): string {
  return t(lang, 'edition.field', { label, value });
}

function contactLines(f: EditionFacts, format: 'txt' | 'md'): string[] {
  return f.contacts.map((c) => {
    const who = [c.name, c.role, c.office].filter(Boolean).join(', ');
    const means = contactMeans(c).map((m) => field(f.lang, t(f.lang, `release.${m.kind}`), m.text.replace(/\u00a0/g, ' ')));
    return format === 'md' ? `- **${who}**${means.map((m) => `  \n  ${m}`).join('')}` : [wrap(who, WIDTH), ...means.map((m) => `  ${m}`)].join('\n');
  });
}

/** Title, date and place, address, body, contacts: what a journalist pastes into their own system. */
export function textEdition(f: EditionFacts, bodyText: string): string {
  const title = wrap(f.title.toUpperCase(), WIDTH);
  const meta = [f.typeLabel, [f.dateline, f.dateText].filter(Boolean).join(', ')].join(' — ');
  const contacts = f.contacts.length ? [`${t(f.lang, 'release.contacts').toUpperCase()}`, wrap(t(f.lang, 'release.contactsIntro'), WIDTH), '', contactLines(f, 'txt').join('\n\n')].join('\n') : '';
  return [title, '', wrap(meta, WIDTH), f.url, '', bodyText, ...(contacts ? ['', '', contacts] : []), '', `${t(f.lang, 'edition.canonical')} ${f.url}`, ''].join('\n');
}

/** The Markdown the release was written in, with its title, date and contacts around it. */
export function markdownEdition(f: EditionFacts, source: string): string {
  const meta = [f.typeLabel, [f.dateline, f.dateText].filter(Boolean).join(', ')].join(' — ');
  const contacts = f.contacts.length ? ['', `## ${t(f.lang, 'release.contacts')}`, '', t(f.lang, 'release.contactsIntro'), '', ...contactLines(f, 'md')] : [];
  return [`# ${f.title}`, '', `*${meta}*`, '', source.trim(), ...contacts, '', '---', '', `${t(f.lang, 'edition.canonical')} <${f.url}>`, ''].join('\n');
}

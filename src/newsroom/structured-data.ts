// Structured data (schema.org JSON-LD) for releases and breadcrumbs, safe to embed in a <script> element.
import type { Contact } from '../release/contact-schema.ts';
import type { Lang } from '../lib/languages.ts';
import { parsePhone } from '../lib/phone.ts';

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element. */
export function jsonLdScript(data: object[]): string {
  const value = data.length === 1 ? data[0] : { '@context': 'https://schema.org', '@graph': data };
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface ArticleFacts {
  url: string;
  headline: string;
  description: string;
  /** "2017-01-31", or "2007-08" for a month-precision release (ISO 8601 allows both). */
  datePublished: string;
  /** The latest update, as written (a day or a date and time with its offset). */
  dateModified?: string;
  lang: Lang;
  publisher: { name: string; url: string; logo: string };
  contacts: Contact[];
  image: string;
  keywords: string[];
  encodings?: { url: string; format: string }[];
}

export function newsArticle(a: ArticleFacts): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': a.url,
    url: a.url,
    mainEntityOfPage: a.url,
    headline: a.headline.length > 110 ? `${a.headline.slice(0, 109)}…` : a.headline,
    name: a.headline,
    description: a.description,
    datePublished: a.datePublished,
    ...(a.dateModified ? { dateModified: a.dateModified } : {}),
    inLanguage: a.lang,
    image: [a.image],
    keywords: a.keywords.join(', '),
    author: { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url },
    publisher: {
      '@type': 'Organization',
      name: a.publisher.name,
      url: a.publisher.url,
      logo: { '@type': 'ImageObject', url: a.publisher.logo },
      contactPoint: a.contacts.map((c) => contactPoint(c)),
    },
    ...(a.encodings?.length
      ? { encoding: a.encodings.map((e) => ({ '@type': 'MediaObject', contentUrl: e.url, encodingFormat: e.format })) }
      : {}),
  };
}

function contactPoint(c: Contact): object {
  const written = c.phone ?? c.mobile;
  const phone = written ? parsePhone(written).e164 ?? written : undefined;
  return {
    '@type': 'ContactPoint',
    contactType: 'media relations',
    name: c.name,
    ...(c.email ? { email: c.email } : {}),
    ...(phone ? { telephone: phone } : {}),
    ...(c.office ? { areaServed: c.office } : {}),
  };
}

export interface EventFacts {
  url: string;
  name: string;
  description: string;
  /** As written: date-times with their offset. */
  start: string;
  end?: string;
  place?: string;
  address?: string;
  online?: string;
  lang: Lang;
  organizer: { name: string; url: string };
  image: string;
}

/** schema.org Event: in person, online or both (eventAttendanceMode), as the advisory says. */
export function event(e: EventFacts): object {
  const physical = e.place || e.address ? { '@type': 'Place', name: e.place ?? e.address, ...(e.address ? { address: e.address } : {}) } : undefined;
  const virtual = e.online ? { '@type': 'VirtualLocation', url: e.online } : undefined;
  const mode = physical && virtual ? 'MixedEventAttendanceMode' : virtual ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${e.url}#event`,
    url: e.url,
    name: e.name,
    description: e.description,
    startDate: e.start,
    ...(e.end ? { endDate: e.end } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: [physical, virtual].filter(Boolean).length === 1 ? (physical ?? virtual) : [physical, virtual],
    inLanguage: e.lang,
    image: [e.image],
    organizer: { '@type': 'Organization', name: e.organizer.name, url: e.organizer.url },
  };
}

export function breadcrumbList(crumbs: { name: string; url: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

// Media contacts across the site: the same person (same e-mail) once, with a stable slug and the releases they answer for.
import type { Contact } from '../release/contact-schema.ts';
import { parsePhone } from '../lib/phone.ts';
import { slugify } from '../lib/slug.ts';

/** One way to reach a contact, as every page, edition and e-mail shows it: its label key, the text, the link. */
export interface ContactMeans {
  kind: 'email' | 'phone' | 'mobile';
  /** What readers see: the address, or the number in international form (never broken across lines). */
  text: string;
  /** mailto: or tel: link; none for a number that cannot be read. */
  href?: string;
}

/** E-mail, phone and mobile of a contact, in that order, those it has. */
export function contactMeans(c: Contact): ContactMeans[] {
  const means: ContactMeans[] = [];
  if (c.email) means.push({ kind: 'email', text: c.email, href: `mailto:${c.email}` });
  for (const kind of ['phone', 'mobile'] as const) {
    const written = c[kind];
    if (!written) continue;
    const phone = parsePhone(written);
    means.push({ kind, text: phone.display, ...(phone.e164 ? { href: `tel:${phone.e164}` } : {}) });
  }
  return means;
}

export interface MediaContact<R = unknown> {
  slug: string;
  contact: Contact;
  releases: R[];
}

/** Identity of a contact: the e-mail when there is one, else name and phone. */
export function contactKey(c: Contact): string {
  return c.email ? c.email.toLowerCase() : `${c.name.toLowerCase()}|${c.phone ?? ''}`;
}

/**
 * One entry per person, in a stable order (by name, then key), slugs made unique in that order.
 * The first mention of a person (in `sources` order) gives the details shown; a detail it lacks (a mobile
 * number given in another release) is taken from the next mention that has it.
 */
export function collectContacts<R>(sources: readonly { contacts: readonly Contact[]; release?: R }[]): MediaContact<R>[] {
  const byKey = new Map<string, { contact: Contact; releases: R[] }>();
  for (const { contacts, release } of sources) {
    for (const c of contacts) {
      const key = contactKey(c);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { contact: c, releases: [] }));
      else entry.contact = { ...c, ...entry.contact };
      if (release !== undefined && !entry.releases.includes(release)) entry.releases.push(release);
    }
  }
  const sorted = [...byKey].sort(([ka, a], [kb, b]) => a.contact.name.localeCompare(b.contact.name, 'fr') || (ka < kb ? -1 : 1));
  const used = new Set<string>();
  return sorted.map(([, entry]) => {
    const base = slugify(entry.contact.name) || 'contact';
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return { slug, ...entry };
  });
}

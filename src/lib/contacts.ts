// Media contacts across the site: the same person (same e-mail) once, with a stable slug and the releases they answer for.
import type { Contact } from './contact-schema.ts';
import { slugify } from './slug.ts';

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
 * The first mention of a person (in `sources` order) gives the details shown.
 */
export function collectContacts<R>(sources: readonly { contacts: readonly Contact[]; release?: R }[]): MediaContact<R>[] {
  const byKey = new Map<string, { contact: Contact; releases: R[] }>();
  for (const { contacts, release } of sources) {
    for (const c of contacts) {
      const key = contactKey(c);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { contact: c, releases: [] }));
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

// One vCard per media contact, so a journalist can add them to an address book in one tap.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContacts } from '../../newsroom/index.ts';
import { vcard } from '../../contacts/vcard.ts';
import { absoluteUrl, vcardPath } from '../../lib/routes.ts';
import { site } from '../../site.config.ts';
import type { Contact } from '../../release/contact-schema.ts';

export const getStaticPaths = (async () =>
  (await getContacts()).all.map((c) => ({ params: { slug: c.slug }, props: { contact: c.contact, slug: c.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { contact, slug } = props as { contact: Contact; slug: string };
  const lang = site.languages[0]!;
  const card = vcard(contact, { organization: site.organization.name[lang] ?? '', lang, uid: absoluteUrl(vcardPath(slug)) });
  return new Response(card, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};

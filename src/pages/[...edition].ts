// Each release's copy-ready editions (.txt, .md) and its release kit (.zip) beside its page, and its e-mail edition
// (email.html) inside it; the e-mail's plain-text part is the .txt edition.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type SiteRelease } from '../newsroom/index.ts';
import { emailOf, markdownOf, textOf } from '../editions/index.ts';
import { kitOf } from '../kit/index.ts';
import { editionPath, emailPath } from '../lib/routes.ts';
import { pageKeys } from '../newsroom/page-keys.ts';

type Kind = 'txt' | 'md' | 'email.html' | 'zip';

export const getStaticPaths = (async () => {
  const { releases } = await getNewsroom();
  const key = await pageKeys();
  return releases.flatMap((release) =>
    (
      [
        ['txt', editionPath(release.path, 'txt')],
        ['md', editionPath(release.path, 'md')],
        ['email.html', emailPath(release.path)],
        ['zip', editionPath(release.path, 'zip')],
      ] as [Kind, string][]
    ).map(([kind, path]) => ({ params: { edition: path.slice(1) }, props: { release, kind }, cacheKey: key({ release, kind }) })),
  );
}) satisfies GetStaticPaths;

const TYPES: Record<Kind, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  'email.html': 'text/html; charset=utf-8',
  zip: 'application/zip',
};

export const GET: APIRoute = async ({ props }) => {
  const { release, kind } = props as { release: SiteRelease; kind: Kind };
  if (kind === 'zip') return new Response(new Uint8Array(await kitOf(release)), { headers: { 'Content-Type': TYPES[kind] } });
  const body = kind === 'md' ? markdownOf(release) : kind === 'email.html' ? await emailOf(release) : await textOf(release);
  return new Response(body, { headers: { 'Content-Type': TYPES[kind] } });
};

// The full-size original of every photo in a published release, for newsrooms (the pages show optimised copies).
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { getMedia } from '../../media/index.ts';

export const getStaticPaths = (async () => {
  const seen = new Set<string>();
  return (await getMedia())
    .flatMap((m) => m.images)
    .filter((img) => !seen.has(img.original) && seen.add(img.original))
    .map((img) => ({ params: { file: img.original.replace(/^\/media\//, '') }, props: { path: img.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(new Uint8Array(readFileSync((props as { path: string }).path)));

// A static redirect page at each old URL of a release (its aliases).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRedirects } from '../newsroom/index.ts';
import { redirectFile, redirectPage, type Redirect } from '../hosting/redirects.ts';
import { absoluteUrl } from '../lib/routes.ts';

export const getStaticPaths = (async () =>
  (await getRedirects()).map((r) => ({ params: { redirect: redirectFile(r.from) }, props: { r } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { r } = props as { r: Redirect };
  return new Response(redirectPage(r, absoluteUrl(r.to)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};

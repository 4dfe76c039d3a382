// Files some static hosts read at the site's root: _redirects (old URLs) and _headers (security headers).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRedirects } from '../newsroom/index.ts';
import { redirectsFile } from '../hosting/redirects.ts';
import { headersFile } from '../hosting/headers.ts';

export const getStaticPaths = (() => [{ params: { hostfile: '_redirects' } }, { params: { hostfile: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = params.hostfile === '_redirects' ? redirectsFile(await getRedirects()) : headersFile();
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

// robots.txt: everything may be crawled but the editor; the sitemap says where everything is.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

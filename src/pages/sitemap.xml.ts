// The sitemap index, pointing at the numbered sitemap files.
import type { APIRoute } from 'astro';
import { sitemapChunks } from '../sitemap/index.ts';
import { sitemapIndexXml } from '../sitemap/sitemap-xml.ts';
import { absoluteUrl } from '../lib/routes.ts';

export const GET: APIRoute = async () => {
  const chunks = await sitemapChunks();
  const xml = sitemapIndexXml(chunks.map((_, i) => absoluteUrl(`/sitemap-${i + 1}.xml`)));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

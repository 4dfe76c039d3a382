// One sitemap file of at most 10,000 URLs, with hreflang alternates.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapChunks } from '../sitemap/index.ts';
import { urlsetXml } from '../sitemap/sitemap-xml.ts';

export const getStaticPaths = (async () => (await sitemapChunks()).map((_, i) => ({ params: { n: String(i + 1) }, props: { index: i } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const chunk = (await sitemapChunks())[(props as { index: number }).index]!;
  return new Response(urlsetXml(chunk), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

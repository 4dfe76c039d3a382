// RSS 2.0 and Atom feeds: one pair per language, and per country and topic, with the full text of the latest releases.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '../newsroom/index.ts';
import { feedsOf } from '../feeds/index.ts';

export const getStaticPaths = (async () => {
  const feeds = feedsOf(await getNewsroom());
  return feeds.flatMap((feed) =>
    (['rss', 'atom'] as const).map((format) => ({
      params: { feed: `${feed.base.replace(/^\//, '')}${format}.xml` },
      props: { feed, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { feed, format } = props as { feed: ReturnType<typeof feedsOf>[number]; format: 'rss' | 'atom' };
  const { renderFeed } = await import('../feeds/index.ts');
  return new Response(await renderFeed(feed, format), {
    headers: { 'Content-Type': format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8' },
  });
};

// Each chart's data as CSV beside its release (/2017/procureurs-traite-perou/chart-1.csv), for newsrooms that redraw it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMedia } from '../media/index.ts';
import { pageKeys } from '../newsroom/page-keys.ts';

export const getStaticPaths = (async () => {
  const key = await pageKeys();
  return (await getMedia()).flatMap(({ release, charts }) =>
    charts.map((chart) => ({ params: { chart: `${release.path.slice(1)}chart-${chart.n}.csv` }, props: { csv: chart.csv }, cacheKey: key({ csv: chart.csv }) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

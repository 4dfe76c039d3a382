// Each chart's data as CSV beside its release (/2017/procureurs-traite-perou/chart-1.csv), for newsrooms that redraw it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getMedia } from '../media/index.ts';
import { pageKeys } from '../newsroom/page-keys.ts';
import { chartCsv, type MediaChart } from '../media/chart-csv.ts';

export const getStaticPaths = (async () => {
  const key = await pageKeys();
  return (await getMedia()).flatMap(({ release, charts }) =>
    charts.map((chart) => ({ params: { chart: `${release.path.slice(1)}chart-${chart.n}.csv` }, props: { chart }, cacheKey: key({ chart }) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv((props as { chart: MediaChart }).chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

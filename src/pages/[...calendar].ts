// Calendar files (.ics): each media advisory's event beside its page, and each language's calendar of events.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom } from '../newsroom/index.ts';
import { calendarFiles, type CalendarFile } from '../events/index.ts';

export const getStaticPaths = (async () =>
  calendarFiles(await getNewsroom()).map((file) => ({ params: { calendar: file.path.slice(1) }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: CalendarFile };
  return new Response(file.render(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

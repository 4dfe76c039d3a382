// Builds, once before the site tests, the bundled content and the test newsroom; tests read the results through inject().
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import { composeNewsroom } from './fixture-site.ts';

export default async function setup(project: TestProject): Promise<void> {
  const site = await buildSite('content');
  if (site.code !== 0) throw new Error(`The bundled content did not build:\n${site.output}`);
  project.provide('siteDist', site.outDir);
  const content = composeNewsroom();
  const newsroom = await buildSite(content);
  if (newsroom.code !== 0) throw new Error(`The test newsroom did not build:\n${newsroom.output}`);
  project.provide('newsroomDist', newsroom.outDir);
  project.provide('newsroomContent', content);
  project.provide('newsroomOutput', newsroom.output);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    newsroomDist: string;
    newsroomContent: string;
    newsroomOutput: string;
  }
}

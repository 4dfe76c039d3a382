// Builds the bundled content once before the site tests; they read the result from SITE_DIST.
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

export default async function setup(project: TestProject): Promise<void> {
  const result = await buildSite('content');
  if (result.code !== 0) throw new Error(`The bundled content did not build:\n${result.output}`);
  project.provide('siteDist', result.outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}

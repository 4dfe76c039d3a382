// Vitest's global set-up: the test sites, shared with every site test through inject().
import type { TestProject } from 'vitest/node';
import { testSites, type TestSites } from './test-sites.ts';
import { removeTempDirs } from './temp.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  const sites = await testSites();
  for (const [key, value] of Object.entries(sites)) project.provide(key as keyof TestSites, value);
  // The sites' folders are removed once every site test has run.
  return removeTempDirs;
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    newsroomDist: string;
    newsroomContent: string;
    newsroomOutput: string;
  }
}

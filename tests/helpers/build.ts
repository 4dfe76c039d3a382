// Builds a content folder into its own output folder with the real Astro CLI, as `npm run build` does.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tempDir } from './temp.ts';

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * What `npm run build` does (scripts/build.ts: `astro build`, then the search index, then the output replaced) on
 * `contentDir` (relative to the project or absolute), into `outDir` or a fresh folder, with its own cache.
 */
export async function buildSite(contentDir: string, env: Record<string, string> = {}, outDir?: string): Promise<BuildResult> {
  const work = tempDir('communiques-build-');
  const out = outDir ?? join(work, 'dist');
  const result = await run([join(projectRoot, 'scripts/build.ts'), '--out', out], {
    COMMUNIQUES_CONTENT: resolve(projectRoot, contentDir),
    COMMUNIQUES_CACHE: join(work, 'cache'),
    ...env,
  });
  return { ...result, outDir: out };
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

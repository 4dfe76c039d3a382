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
 * What `npm run build` does — `astro build`, then the search index — on `contentDir` (relative to the project or
 * absolute), into `outDir` or a fresh folder.
 */
export async function buildSite(contentDir: string, env: Record<string, string> = {}, outDir?: string): Promise<BuildResult> {
  const built = await astroBuild(contentDir, env, outDir);
  if (built.code !== 0) return built;
  const index = await run([join(projectRoot, 'scripts/search-index.ts'), built.outDir], {});
  return { ...built, code: index.code, output: built.output + index.output };
}

async function astroBuild(contentDir: string, env: Record<string, string>, dist?: string): Promise<BuildResult> {
  const work = tempDir('communiques-build-');
  const outDir = dist ?? join(work, 'dist');
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const result = await run([astro, 'build', '--outDir', outDir], {
    ASTRO_TELEMETRY_DISABLED: '1',
    COMMUNIQUES_CONTENT: resolve(projectRoot, contentDir),
    COMMUNIQUES_CACHE: join(work, 'cache'),
    ...env,
  });
  return { ...result, outDir };
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

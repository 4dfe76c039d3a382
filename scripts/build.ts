// npm run build: `astro build`, then the search index, into a folder beside the output. The output (dist/) is replaced
// only once both have succeeded, so a failed or interrupted build never leaves a half-written site to deploy.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out!);
const next = `${out}.next`;
const previous = `${out}.previous`;
const root = resolve(import.meta.dirname, '..');

/** Runs one step with the pinned Node; its exit code. */
function step(args: string[]): number {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).status ?? 1;
}

// What an interrupted build left is not a site: it is removed before anything else.
rmSync(next, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });
const built = step([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next]) === 0 && step([join(root, 'scripts/search-index.ts'), next]) === 0;
if (!built) {
  rmSync(next, { recursive: true, force: true });
  process.stderr.write(`\nThe build failed: ${values.out} was left as it was, and nothing new is there to deploy.\n`);
  process.exit(1);
}
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
process.stdout.write(`\nThe site is in ${values.out}/, ready to deploy.\n`);

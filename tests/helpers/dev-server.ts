// `astro dev` on a copy of a content folder, as an author runs `npm run dev`: for tests and the benchmark.
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build.ts';
import { tempDir } from './temp.ts';

export interface DevServer {
  url: string;
  /** The copy of the content the server shows, to edit. */
  content: string;
  /** What the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** A word no release contains, to look for once an edit shows (letters only: typography regroups digits). */
export function uniqueWord(): string {
  return `Zq${Date.now().toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;
}

/** Variables Vitest sets for the code it tests, which would change how Vite serves the site (mode, environment). */
const TEST_RUNNER_ENV = new Set(['NODE_ENV', 'TEST', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR', 'FORCE_TTY']);

/** The environment of an author's shell, as `npm run dev` sees it. */
function authorsEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !TEST_RUNNER_ENV.has(k) && !k.startsWith('VITEST')));
}

/** Starts the dev server on a copy of `contentDir` (outside the project: the server watches the project's files). */
export async function startDevServer(contentDir = join(projectRoot, 'content')): Promise<DevServer> {
  const work = tempDir('communiques-dev-');
  const content = join(work, 'content');
  cpSync(contentDir, content, { recursive: true });
  const port = 4500 + Math.floor(Math.random() * 400);
  const dev = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: { ...authorsEnv(), ASTRO_TELEMETRY_DISABLED: '1', COMMUNIQUES_CONTENT: content, COMMUNIQUES_CACHE: join(work, 'cache') },
  });
  let out = '';
  dev.stdout.on('data', (d) => (out += d));
  dev.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((done) => dev.on('exit', () => done()));
  const stop = async () => {
    dev.kill();
    await exited;
    rmSync(work, { recursive: true, force: true });
  };
  for (let i = 0; i < 600 && !out.includes(`:${port}`); i++) {
    if (dev.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!out.includes(`:${port}`)) {
    await stop();
    throw new Error(`astro dev did not start:\n${out.slice(-3000)}`);
  }
  return { url: `http://127.0.0.1:${port}`, content, output: () => out, stop };
}

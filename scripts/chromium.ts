// Debian's Chromium, the one browser the tests and the benchmark use (never one a tool downloads by itself).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags for every launch (Playwright adds `--headless` itself; other launchers must add it). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Installs Debian's chromium package when it is missing; true when the browser is there afterwards. */
export function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true;
  process.stdout.write(`${CHROMIUM} is missing: installing Debian's chromium package\n`);
  const apt = (...args: string[]) =>
    process.getuid?.() === 0
      ? spawnSync('apt-get', args, { stdio: 'inherit' })
      : spawnSync('sudo', ['-n', 'apt-get', ...args], { stdio: 'inherit' });
  apt('update');
  apt('install', '-y', '--no-install-recommends', 'chromium');
  return existsSync(CHROMIUM);
}

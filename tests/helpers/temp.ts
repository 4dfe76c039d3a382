// Temporary folders of a test run (built sites, copies of content), removed after each test file
// (tests/helpers/remove-temp.ts) and when the process that made them ends, so that running the tests again and
// again does not fill the disk. COMMUNIQUES_KEEP_TEMP=1 keeps them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new, empty folder under the system's temporary folder, its name starting with `prefix`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (!listening) {
    // Vitest ends its test processes without an 'exit' event; it is kept for other users (the bench).
    process.on('exit', removeTempDirs);
    listening = true;
  }
  made.push(dir);
  return dir;
}

let listening = false;

/** Removes the folders made so far by tempDir() in this process, unless COMMUNIQUES_KEEP_TEMP is set. */
export function removeTempDirs(): void {
  if (process.env.COMMUNIQUES_KEEP_TEMP) return;
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

// Temporary folders of a test run (built sites, copies of content), removed after each test file
// (tests/helpers/remove-temp.ts) and when the process that made them ends, so that running the tests again and
// again does not fill the disk. COMMUNIQUES_KEEP_TEMP=1 keeps them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
// Vitest ends its test processes without an 'exit' event (remove-temp.ts removes their folders); other users of
// this helper, such as the bench, rely on it.
process.on('exit', removeTempDirs);

/** A new, empty folder under the system's temporary folder, its name starting with `prefix`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders made so far by tempDir() in this process, unless COMMUNIQUES_KEEP_TEMP is set. */
export function removeTempDirs(): void {
  if (process.env.COMMUNIQUES_KEEP_TEMP) return;
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

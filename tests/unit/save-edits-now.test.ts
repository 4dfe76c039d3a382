// In the dev server, which changed files are release files, stored as soon as they are rendered.
import { describe, expect, it } from 'vitest';
import { isReleaseFile } from '../../src/release/save-edits-now.ts';

describe('which files the dev server stores at once', () => {
  it('is the release files of the content folder', () => {
    expect(isReleaseFile('/site/content/communiques/fr/2017-a.md', '/site', 'content')).toBe(true);
    expect(isReleaseFile('/site/content/communiques/fr/2017-a.md', '/site/', 'content')).toBe(true);
    expect(isReleaseFile('/tmp/x/content/communiques/en/a.md', '/site', '/tmp/x/content')).toBe(true);
    expect(isReleaseFile('/site/content/topics.yml', '/site', 'content')).toBe(false);
    expect(isReleaseFile('/site/content/communiques/fr/image.png', '/site', 'content')).toBe(false);
    expect(isReleaseFile('/site/content-old/communiques/fr/a.md', '/site', 'content')).toBe(false);
    expect(isReleaseFile('/site/.astro/data-store.json', '/site', 'content')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/newsroom/cache-key.ts';

describe('cacheKey', () => {
  it('is the same for equal data and differs when any field differs', () => {
    const page = { title: 'Un titre', items: [1, 2], date: new Date('2017-01-31') };
    expect(cacheKey(page)).toBe(cacheKey({ title: 'Un titre', items: [1, 2], date: new Date('2017-01-31') }));
    expect(cacheKey(page)).not.toBe(cacheKey({ ...page, title: 'Un autre titre' }));
    expect(cacheKey(page)).not.toBe(cacheKey({ ...page, items: [2, 1] }));
    expect(cacheKey(page)).not.toBe(cacheKey({ ...page, date: new Date('2017-02-01') }));
  });

  it('reads Maps and Sets by their content', () => {
    expect(cacheKey(new Map([['a', 1]]))).not.toBe(cacheKey(new Map([['a', 2]])));
    expect(cacheKey(new Set(['a']))).not.toBe(cacheKey(new Set(['b'])));
    expect(cacheKey(new Map([['a', 1]]))).toBe(cacheKey(new Map([['a', 1]])));
  });

  it('writes a stamped object as its stamp, whatever its other fields', () => {
    const release = { id: 'fr/2017-a', body: 'long text' };
    const stamp = (o: object) => (o === release ? 'fr/2017-a@v1' : undefined);
    const withRelease = cacheKey({ related: [release] }, stamp);
    release.body = 'changed, but the stamp says it is the same version';
    expect(cacheKey({ related: [release] }, stamp)).toBe(withRelease);
    expect(cacheKey({ related: [release] }, (o) => (o === release ? 'fr/2017-a@v2' : undefined))).not.toBe(withRelease);
  });
});

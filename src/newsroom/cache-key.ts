// Cache keys for Astro's incremental build: a page is copied from the previous build instead of rendered again
// only when its key is the same, so a key must change whenever anything the page shows changes.
import { createHash } from 'node:crypto';

/**
 * A short hash of `value`: plain data as JSON (Maps and Sets as arrays, in order), and every object for which
 * `stamp` returns a string (a release, say) as that string instead of its fields. Dates and URLs are
 * written as text (their toJSON); functions are left out, as JSON leaves them.
 */
export function cacheKey(value: unknown, stamp: (object: object) => string | undefined = () => undefined): string {
  const json = JSON.stringify(value, function (_key, v: unknown) {
    if (typeof v !== 'object' || v === null) return v;
    const s = stamp(v);
    if (s !== undefined) return `\u0000${s}`;
    if (v instanceof Map) return [...v.entries()];
    if (v instanceof Set) return [...v.values()];
    return v;
  });
  return createHash('sha256')
    .update(json ?? 'undefined')
    .digest('base64url')
    .slice(0, 22);
}

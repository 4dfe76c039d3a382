// Releases that share a translationKey are one release in several languages; this links them. So are releases
// without one that have the same file name in their languages' folders (fr/2026-x.md and es/2026-x.md), as the
// editor at /admin/ writes a translation.
import type { Lang } from '../lib/languages.ts';
import { LANGS } from '../lib/languages.ts';
import type { Release } from './release.ts';

export interface Alternate {
  lang: Lang;
  path: string;
}

/** For each release id, every language version of it (itself included), in LANGS order. */
export function translationGroups<R extends Release>(releases: readonly R[]): Map<string, R[]> {
  const byKey = new Map<string, R[]>();
  for (const r of releases) {
    const key = r.data.translationKey ? `key:${r.data.translationKey}` : `file:${r.id.split('/').at(-1)}`;
    const group = byKey.get(key);
    if (group) group.push(r);
    else byKey.set(key, [r]);
  }
  const result = new Map<string, R[]>();
  for (const group of byKey.values()) {
    group.sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
    for (const r of group) result.set(r.id, group);
  }
  for (const r of releases) if (!result.has(r.id)) result.set(r.id, [r]);
  return result;
}

/**
 * The hreflang set of a page available in several languages: every version, plus x-default
 * pointing at the default language's version (or the first one there is). Each version of a page
 * gets the same set, so the links are reciprocal.
 */
export function hreflangs(alternates: readonly Alternate[], defaultLang: Lang): { hreflang: string; path: string }[] {
  if (alternates.length === 0) return [];
  const fallback = alternates.find((a) => a.lang === defaultLang) ?? alternates[0]!;
  return [...alternates.map((a) => ({ hreflang: a.lang, path: a.path })), { hreflang: 'x-default', path: fallback.path }];
}

// Related releases: those sharing the most topics and countries, then the closest in time — found without comparing every pair.
import type { Release } from './release.ts';

export interface RelatedOptions {
  /** How many related releases to keep per release. */
  count: number;
  /** How many neighbours in time to consider on each side, within each shared topic or country. */
  window: number;
}

const defaults: RelatedOptions = { count: 3, window: 8 };

/**
 * For each release, up to `count` releases of the same language that share a topic or a country.
 * Score: 2 per shared topic, 1 per shared country, then nearer in time first. Each release's
 * candidates are its `window` nearest neighbours in time in each of its topics and countries,
 * so the cost grows with n × terms × window, not n².
 */
export function relatedReleases<R extends Release>(releases: readonly R[], options: Partial<RelatedOptions> = {}): Map<string, R[]> {
  const opts = { ...defaults, ...options };
  const lists = new Map<string, R[]>();
  const positions = new Map<string, Map<string, number>>();
  for (const r of releases) {
    for (const key of termKeys(r)) {
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(r);
    }
  }
  for (const [key, list] of lists) positions.set(key, new Map(list.map((r, i) => [r.id, i])));

  const time = (r: R) => Date.parse(r.sortKey);
  const result = new Map<string, R[]>();
  for (const r of releases) {
    const candidates = new Set<R>();
    for (const key of termKeys(r)) {
      const list = lists.get(key)!;
      const at = positions.get(key)!.get(r.id)!;
      for (let i = Math.max(0, at - opts.window); i <= Math.min(list.length - 1, at + opts.window); i++) {
        if (i !== at) candidates.add(list[i]!);
      }
    }
    const scored = [...candidates].map((c) => ({
      c,
      score: 2 * shared(r.data.topics, c.data.topics) + shared(r.data.countries, c.data.countries),
      distance: Math.abs(time(r) - time(c)),
    }));
    scored.sort((a, b) => b.score - a.score || a.distance - b.distance || (a.c.id < b.c.id ? -1 : 1));
    result.set(r.id, scored.slice(0, opts.count).map((s) => s.c));
  }
  return result;
}

/** The release's topics and countries, scoped to its language. */
function termKeys(r: Release): string[] {
  return [...r.data.topics.map((tp) => `${r.lang}:t:${tp}`), ...r.data.countries.map((c) => `${r.lang}:c:${c}`)];
}

function shared(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

// Groups one language's releases by year, country, topic and type, each term with its localised name and URL slug.
import type { Lang } from '../lib/languages.ts';
import type { Release } from './release.ts';
import type { Topics } from '../release/topics.ts';
import { countryName } from '../lib/countries.ts';
import { slugify } from '../lib/slug.ts';
import { t } from '../lib/i18n.ts';
import { RELEASE_TYPES } from '../release/schema.ts';

export interface Term<R extends Release = Release> {
  /** The value in front matter: "PE", "counter-trafficking", "communique". */
  key: string;
  /** Localised name: "Pérou", "Lutte contre la traite", "Communiqué". */
  name: string;
  /** ASCII URL slug from the localised name: "perou". */
  slug: string;
  /** Newest first. */
  releases: R[];
}

export interface Taxonomies<R extends Release = Release> {
  years: { year: number; releases: R[] }[];
  countries: Term<R>[];
  topics: Term<R>[];
  types: Term<R>[];
}

/** One pass over the releases (already newest first); terms sorted by name in the language's order. */
export function groupTaxonomies<R extends Release>(releases: readonly R[], lang: Lang, topics: Topics): Taxonomies<R> {
  const years = new Map<number, R[]>();
  const countries = new Map<string, R[]>();
  const topicMap = new Map<string, R[]>();
  const types = new Map<string, R[]>();
  const add = (map: Map<string | number, R[]>, key: string | number, r: R) => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of releases) {
    add(years as Map<string | number, R[]>, r.year, r);
    for (const c of r.data.countries) add(countries as Map<string | number, R[]>, c, r);
    for (const tp of r.data.topics) add(topicMap as Map<string | number, R[]>, tp, r);
    add(types as Map<string | number, R[]>, r.data.type, r);
  }
  const collator = new Intl.Collator(lang);
  const terms = (map: Map<string, R[]>, name: (key: string) => string): Term<R>[] => {
    const list = [...map].map(([key, rs]) => ({ key, name: name(key), slug: slugify(name(key)) || slugify(key), releases: rs }));
    list.sort((a, b) => collator.compare(a.name, b.name));
    // Two names giving one slug (rare) keep distinct URLs.
    const seen = new Set<string>();
    for (const term of list) {
      if (seen.has(term.slug)) term.slug = `${term.slug}-${slugify(term.key)}`;
      seen.add(term.slug);
    }
    return list;
  };
  return {
    years: [...years].map(([year, rs]) => ({ year, releases: rs })).sort((a, b) => b.year - a.year),
    countries: terms(countries, (code) => countryName(code, lang)),
    topics: terms(topicMap, (key) => topics[key]?.[lang] ?? key),
    types: terms(types, (key) => t(lang, `type.${key as (typeof RELEASE_TYPES)[number]}`)),
  };
}

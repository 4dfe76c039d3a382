// Writes a synthetic but realistic newsroom (French, English, Spanish) for benchmarks and site tests; the same seed gives the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../src/lib/languages.ts';

export interface CorpusOptions {
  /** How many releases (translations included). */
  size: number;
  /** Folder to write: communiques/<lang>/…, topics.yml, glossary/. */
  dir: string;
  seed?: number;
  /** Share of releases with a chart block, and of releases translated into a second language. */
  chartShare?: number;
  translatedShare?: number;
  /** Words per release, inclusive range. */
  words?: [number, number];
  /** Years the releases are spread over. */
  years?: [number, number];
}

const TOPICS: Record<string, Record<Lang, string>> = {
  'counter-trafficking': { fr: 'Lutte contre la traite', en: 'Counter-trafficking', es: 'Lucha contra la trata' },
  'migrant-protection': { fr: 'Protection des migrants', en: 'Migrant protection', es: 'Protección de migrantes' },
  'capacity-building': { fr: 'Renforcement des capacités', en: 'Capacity building', es: 'Fortalecimiento de capacidades' },
  'emergency-response': { fr: 'Interventions d’urgence', en: 'Emergency response', es: 'Respuesta a emergencias' },
  'labour-migration': { fr: 'Migration de main-d’œuvre', en: 'Labour migration', es: 'Migración laboral' },
  'climate-mobility': { fr: 'Climat et mobilité', en: 'Climate and mobility', es: 'Clima y movilidad' },
  'health': { fr: 'Santé', en: 'Health', es: 'Salud' },
  'return-reintegration': { fr: 'Retour et réintégration', en: 'Return and reintegration', es: 'Retorno y reintegración' },
};

const COUNTRIES = ['PE', 'EC', 'CO', 'BO', 'CL', 'AR', 'BR', 'MX', 'GT', 'HN', 'SN', 'ML', 'NE', 'TD', 'CD', 'HT', 'LB', 'JO', 'BD', 'PH'];

const WORDS: Record<Lang, string[]> = {
  fr: 'la migration les victimes de la traite le gouvernement le ministère public la formation des procureurs les partenaires locaux un projet financé par les autorités la société civile des données fiables une ligne d’assistance les communautés d’accueil la protection des enfants les frontières un soutien psychosocial'.split(' '),
  en: 'migration the victims of trafficking the government public prosecutors training local partners a project funded by the authorities civil society reliable data a helpline host communities child protection the borders psychosocial support'.split(' '),
  es: 'la migración las víctimas de trata el gobierno el ministerio público la capacitación de fiscales los socios locales un proyecto financiado por las autoridades la sociedad civil datos fiables una línea de ayuda las comunidades de acogida la protección de la infancia las fronteras apoyo psicosocial'.split(' '),
};

const TITLES: Record<Lang, string[]> = {
  fr: ['L’OIM soutient', 'Nouvelle formation pour', 'Un programme renforce', 'Les autorités et l’OIM lancent', 'Bilan de l’aide à'],
  en: ['IOM supports', 'New training for', 'A programme strengthens', 'Authorities and IOM launch', 'Review of assistance to'],
  es: ['La OIM apoya', 'Nueva capacitación para', 'Un programa fortalece', 'Las autoridades y la OIM lanzan', 'Balance de la ayuda a'],
};

const SUBJECTS: Record<Lang, string[]> = {
  fr: ['les victimes de la traite', 'les familles déplacées', 'les travailleurs migrants', 'les communautés frontalières', 'les enfants non accompagnés'],
  en: ['victims of trafficking', 'displaced families', 'migrant workers', 'border communities', 'unaccompanied children'],
  es: ['las víctimas de trata', 'las familias desplazadas', 'los trabajadores migrantes', 'las comunidades fronterizas', 'los niños no acompañados'],
};

const HEADINGS: Record<Lang, string[]> = {
  fr: ['Contexte', 'Résultats', 'Prochaines étapes', 'Chiffres clés'],
  en: ['Background', 'Results', 'Next steps', 'Key figures'],
  es: ['Contexto', 'Resultados', 'Próximos pasos', 'Cifras clave'],
};

const SAID: Record<Lang, string> = { fr: 'a déclaré', en: 'said', es: 'declaró' };
const ROLE: Record<Lang, string> = { fr: 'cheffe de mission', en: 'chief of mission', es: 'jefa de misión' };

/** A small deterministic PRNG (mulberry32), so a corpus is the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusRelease {
  lang: Lang;
  file: string;
  title: string;
  date: string;
  countries: string[];
  topics: string[];
  translationKey?: string;
}

/** Writes the corpus and returns what it wrote. */
export function writeCorpus(options: CorpusOptions): CorpusRelease[] {
  const { size, dir, seed = 42, chartShare = 0.1, translatedShare = 0.1, words = [400, 900], years = [2008, 2025] } = options;
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const pickSome = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    const out = new Set<T>();
    while (out.size < n) out.add(pick(list));
    return [...out];
  };
  const langs: Lang[] = ['fr', 'en', 'es'];
  for (const lang of langs) mkdirSync(join(dir, 'communiques', lang), { recursive: true });
  writeFileSync(
    join(dir, 'topics.yml'),
    Object.entries(TOPICS)
      .map(([key, labels]) => `${key}:\n${langs.map((l) => `  ${l}: "${labels[l]}"`).join('\n')}`)
      .join('\n') + '\n',
  );

  const written: CorpusRelease[] = [];
  let n = 0;
  while (written.length < size) {
    n++;
    const lang = langs[n % 3]!;
    const year = years[0] + Math.floor(rnd() * (years[1] - years[0] + 1));
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const countries = pickSome(COUNTRIES, 1, 3);
    const topics = pickSome(Object.keys(TOPICS), 1, 3);
    const translated = rnd() < translatedShare && written.length + 2 <= size;
    const key = translated ? `synthetic-${n}` : undefined;
    const versions: Lang[] = translated ? [lang, langs[(langs.indexOf(lang) + 1) % 3]!] : [lang];
    const length = words[0] + Math.floor(rnd() * (words[1] - words[0] + 1));
    const chart = rnd() < chartShare;
    for (const l of versions) {
      const title = `${pick(TITLES[l])} ${pick(SUBJECTS[l])} (${n})`;
      const slug = `communique-${n}`;
      const file = join(dir, 'communiques', l, `${year}-${slug}.md`);
      writeFileSync(file, release({ l, title, date, countries, topics, key, length, chart, pick, rnd }));
      written.push({ lang: l, file, title, date, countries, topics, translationKey: key });
    }
  }
  return written;
}

function release(r: {
  l: Lang;
  title: string;
  date: string;
  countries: string[];
  topics: string[];
  key?: string;
  length: number;
  chart: boolean;
  pick: <T>(list: readonly T[]) => T;
  rnd: () => number;
}): string {
  const { l, pick, rnd } = r;
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(rnd() * (max - min));
    const words = Array.from({ length: n }, () => pick(WORDS[l]));
    const text = words.join(' ');
    return text[0]!.toUpperCase() + text.slice(1) + '.';
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(8, 18)).join(' ');
  const body: string[] = [];
  let count = 0;
  let h = 0;
  while (count < r.length) {
    if (body.length > 0 && body.length % 4 === 0 && h < HEADINGS[l].length) body.push(`## ${HEADINGS[l][h++]}`);
    const p = paragraph();
    count += p.split(' ').length;
    body.push(p);
  }
  const [open, close] = l === 'en' ? ['"', '"'] : ['« ', ' »'];
  body.splice(2, 0, `${open}${sentence(10, 20)}${close}, ${SAID[l]} Ana Pérez, ${ROLE[l]}.`);
  body.splice(4, 0, `| ${l === 'en' ? 'Year' : 'Año'} | ${l === 'en' ? 'Cases' : 'Casos'} |\n|---|--:|\n| 2014 | 552 |\n| 2015 | 889 |\n| 2016 | 1 144 |`);
  if (r.chart) {
    body.push('```chart\ntitle: Cas\nkind: bar\nlabels: [2014, 2015, 2016]\nseries:\n  - name: Cas\n    values: [552, 889, 1144]\n```');
  }
  return [
    '---',
    `title: "${r.title}"`,
    `lang: ${l}`,
    `date: ${r.date}`,
    `countries: [${r.countries.join(', ')}]`,
    `topics: [${r.topics.join(', ')}]`,
    ...(r.key ? [`translationKey: ${r.key}`] : []),
    'contacts:',
    '  - name: Ana Pérez',
    '    office: OIM Lima',
    '    email: aperez@example.org',
    '    phone: "+51 1 633 0000"',
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

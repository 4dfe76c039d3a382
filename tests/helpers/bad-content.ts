// The bad-input corpus (tests/bad-content/<case>/): each case is a tiny content folder and an expected outcome.
// Cases of one outcome are merged into one content folder (file names tagged with the case number) and built once.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildSite, projectRoot, type BuildResult } from './build.ts';
import { tempDir } from './temp.ts';

export const OUTCOMES = ['fails', 'fails-render', 'safe'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface BadCase {
  name: string;
  /** "-c07": the tag merged file names carry, so messages can be traced to their case. */
  tag: string;
  outcome: Outcome;
  /** What the build output (failures) or the case's page (safe) must contain. */
  expected: string[];
  /** Why a failing case's message can name no line ("no line: …" in expected.txt); undefined when it must. */
  noLine?: string;
  /** Content files of the case, relative to its communiques/ folder, as merged. */
  files: string[];
}

const ROOT = join(projectRoot, 'tests/bad-content');

export function readCases(): BadCase[] {
  return readdirSync(ROOT)
    .filter((d) => statSync(join(ROOT, d)).isDirectory())
    .sort()
    .map((name) => {
      const [outcome, ...lines] = readFileSync(join(ROOT, name, 'expected.txt'), 'utf8').trim().split('\n');
      // A misspelt outcome would silently drop the case from every check.
      if (!OUTCOMES.includes(outcome as Outcome)) throw new Error(`tests/bad-content/${name}/expected.txt: "${outcome}" is not an outcome (${OUTCOMES.join(', ')})`);
      const noLine = lines.find((l) => l.startsWith('no line: '))?.slice('no line: '.length);
      const expected = lines.filter((l) => !l.startsWith('no line: '));
      const tag = `-c${name.slice(0, 2)}`;
      const dir = join(ROOT, name, 'communiques');
      const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).map((f) => tagged(f, tag)) : [];
      const generated = existsSync(join(ROOT, name, 'GENERATE')) ? [tagged(readFileSync(join(ROOT, name, 'GENERATE'), 'utf8').split(' ')[0]!.replace(/^communiques\//, ''), tag)] : [];
      return { name, tag, outcome: outcome as Outcome, expected, noLine, files: [...files, ...generated] };
    });
}

function tagged(file: string, tag: string): string {
  const ext = /\.[^./]+$/.exec(file)?.[0] ?? '';
  return `${file.slice(0, file.length - ext.length)}${tag}${ext}`;
}

/** One content folder holding every case of an outcome, with the site's topics and glossary. */
export function mergeCases(outcome: Outcome): string {
  const content = tempDir(`bad-content-${outcome}-`);
  cpSync(join(projectRoot, 'content/topics.yml'), join(content, 'topics.yml'));
  cpSync(join(projectRoot, 'content/glossary'), join(content, 'glossary'), { recursive: true });
  mkdirSync(join(content, 'communiques'), { recursive: true });
  for (const c of readCases().filter((x) => x.outcome === outcome)) {
    const dir = join(ROOT, c.name);
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const from = join(dir, f);
      if (!statSync(from).isFile() || f === 'expected.txt' || f === 'GENERATE') continue;
      const [top, ...rest] = f.split('/');
      if (top === 'communiques') {
        const to = join(content, 'communiques', tagged(rest.join('/'), c.tag));
        mkdirSync(dirname(to), { recursive: true });
        cpSync(from, to);
      } else if (top === 'glossary') {
        writeFileSync(join(content, 'glossary', basename(f)), `${readFileSync(join(content, 'glossary', basename(f)), 'utf8')}\n${readFileSync(from, 'utf8')}`);
      } else {
        mkdirSync(dirname(join(content, f)), { recursive: true });
        cpSync(from, join(content, f));
      }
    }
    if (existsSync(join(dir, 'GENERATE'))) {
      const [path, size] = readFileSync(join(dir, 'GENERATE'), 'utf8').trim().split(' ');
      const head = '---\ntitle: Très long\nlang: fr\ndate: 2020-05-04\n---\n\n';
      const line = 'Un paragraphe répété pour atteindre une taille de plusieurs mégaoctets.\n\n';
      writeFileSync(join(content, tagged(path!, c.tag)), head + line.repeat(Math.ceil(Number(size) / line.length)));
    }
  }
  return content;
}

const builds = new Map<Outcome, Promise<BuildResult & { content: string }>>();

/** Builds the merged cases of an outcome, once per process. */
export function buildCases(outcome: Outcome): Promise<BuildResult & { content: string }> {
  let build = builds.get(outcome);
  if (!build) {
    const content = mergeCases(outcome);
    build = buildSite(content).then((r) => ({ ...r, content }));
    builds.set(outcome, build);
  }
  return build;
}

/** The site built from every "safe" case (script injection and odd input), for the browser. */
export async function injectionSite(): Promise<string> {
  const result = await buildCases('safe');
  if (result.code !== 0) throw new Error(`The injection cases did not build:\n${result.output}`);
  return result.outDir;
}

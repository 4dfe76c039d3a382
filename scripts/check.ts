// npm run check: checks all content against the schema and the Markdown extensions, without building, and lists every problem at once.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkReleases } from '../src/release/content-check.ts';
import { readSources } from '../src/release/content-files.ts';
import { formatProblems, type Problem } from '../src/release/front-matter.ts';
import { readTopics } from '../src/release/topics.ts';
import { describeHolds, holdOf } from '../src/release/publication.ts';
import { contentDir } from '../src/lib/paths.ts';
import { markdownIt } from '../src/markdown/processor.ts';
import { site } from '../src/site.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = resolve(root, contentDir);
const started = performance.now();
const problems: Problem[] = [];

let renderer: Awaited<ReturnType<ReturnType<typeof markdownIt>['createRenderer']>> | undefined;
try {
  renderer = await markdownIt({ contentDir: content }).createRenderer({});
} catch (error) {
  // A bad glossary stops the renderer; say so and go on with the other checks.
  problems.push({ file: join(contentDir, 'glossary'), message: (error as Error).message });
}

const files = await readSources(join(content, 'communiques'), process.cwd());
const checked = checkReleases(files, {
  languages: site.languages,
  topics: new Set(Object.keys(readTopics(join(content, 'topics.yml')))),
  fileExists: (release, path) => existsSync(resolve(dirname(release), path)),
});
problems.push(...checked.problems);

// Render every body, as the build would, to find bad charts, images and glossary entries.
if (renderer) {
  for (const release of checked.releases) {
    try {
      await renderer.render(release.body.trim(), { frontmatter: release.data, fileURL: pathToFileURL(resolve(release.file)) });
    } catch (error) {
      // The renderer's errors read "<file>:<line> — <what>".
      const m = /^.*?:(\d+) — ([\s\S]*)$/.exec((error as Error).message);
      problems.push(m ? { file: release.file, line: Number(m[1]), message: m[2]! } : { file: release.file, message: (error as Error).message });
    }
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const held = checked.releases.flatMap((r) => {
  const hold = holdOf(r.data, new Date());
  return hold ? [{ file: r.file, hold }] : [];
});
if (problems.length > 0) {
  process.stdout.write(`${formatProblems(problems)}\n\n${problems.length} problem(s) in ${files.length} files (${seconds} s).\n`);
  process.exit(1);
}
process.stdout.write(`${files.length} files checked, no problem (${seconds} s); ${describeHolds(held)}.\n`);

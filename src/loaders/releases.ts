// The releases loader: Astro's glob loader, preceded by a check of every file so bad content fails with file, field and line.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkRelease, checkReleases, type CheckOptions, type SourceFile } from '../lib/content-check.ts';
import { formatProblems } from '../lib/front-matter.ts';
import { readSource, readSources } from '../lib/content-files.ts';
import { readTopics } from '../lib/topics.ts';
import { site } from '../site.config.ts';
import { describeHolds, holdOf, isPreview } from '../lib/publication.ts';

export interface ReleasesLoaderOptions {
  /** Folder of the content, relative to the project: holds communiques/ and topics.yml. */
  contentDir: string;
}

export function releasesLoader({ contentDir }: ReleasesLoaderOptions): Loader {
  return {
    name: 'communiques-releases',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const content = resolve(root, contentDir);
      const base = join(content, 'communiques');
      const options: CheckOptions = {
        languages: site.languages,
        topics: new Set(Object.keys(readTopics(join(content, 'topics.yml')))),
      };
      const files = await readSources(base, root);
      const { releases, problems } = checkReleases(files, options);
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) in the content; nothing was published:\n${formatProblems(problems)}`);
      }
      context.logger.info(`${releases.length} release files checked`);
      const now = new Date();
      const held = releases.flatMap((r) => {
        const hold = holdOf(r.data, now);
        return hold ? [{ file: r.file, hold }] : [];
      });
      context.logger.info(isPreview() ? `PREVIEW build: ${describeHolds(held).replace('held back', 'shown although not public')}` : describeHolds(held));

      // glob only calls parseData for new or changed files (its cache skips the rest).
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath ?? '';
        const source = await readSource(file, base, root);
        const checked = checkRelease(source, options);
        if (!checked.release) throw new Error(formatProblems(checked.problems));
        return context.parseData({ ...props, data: checked.release.data as unknown as typeof props.data });
      };
      await glob({ base, pattern: '**/*.md' }).load({ ...context, parseData });

      const unrendered = [...context.store.values()].filter((entry) => entry.rendered === undefined);
      if (unrendered.length > 0) {
        const list = unrendered.map((e) => `${e.filePath ?? e.id}`).join('\n');
        throw new Error(`These releases could not be rendered (the reason is printed above each):\n${list}`);
      }
    },
  };
}

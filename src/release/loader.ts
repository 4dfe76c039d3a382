// The releases loader: Astro's glob loader, preceded by a check of every file so bad content fails with file, field and line.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkRelease, checkReleases, type CheckOptions } from './content-check.ts';
import { formatProblems } from './front-matter.ts';
import { readSource, readSources } from './content-files.ts';
import { readTopics } from './topics.ts';
import { site } from '../site.config.ts';
import { describeHolds, holdOf, isPreview } from './publication.ts';
import { RELEASES_LOADER, SAVE_NOW, tracking, updatesOf } from './save-edits-now.ts';
import { bodyFactsOf } from '../markdown/facts.ts';

export interface ReleasesLoaderOptions {
  /** Folder of the content, relative to the project: holds communiques/ and topics.yml. */
  contentDir: string;
}

export function releasesLoader({ contentDir }: ReleasesLoaderOptions): Loader {
  return {
    name: RELEASES_LOADER,
    async load(context: LoaderContext) {
      // A sync asked for right after an edit (save-edits-now.ts): the edit is in the store, which Astro then writes.
      if (context.refreshContextData?.[SAVE_NOW]) {
        if (context.watcher) await Promise.allSettled(updatesOf(context.watcher));
        return;
      }
      const root = fileURLToPath(context.config.root);
      const content = resolve(root, contentDir);
      const base = join(content, 'communiques');
      const options: CheckOptions = {
        languages: site.languages,
        topics: new Set(Object.keys(readTopics(join(content, 'topics.yml')))),
        fileExists: (release, path) => existsSync(resolve(root, dirname(release), path)),
      };
      const files = await readSources(base, root);
      const { releases, problems } = checkReleases(files, options);
      if (problems.length > 0) throw new Error(`${problems.length} problem(s) in the content; nothing was published:\n${formatProblems(problems)}`);
      context.logger.info(`${releases.length} release files checked`);
      const now = new Date();
      const held = releases.flatMap((r) => {
        const hold = holdOf(r.data, now);
        return hold ? [{ file: r.file, hold }] : [];
      });
      context.logger.info(isPreview() ? `PREVIEW build: ${describeHolds(held).replace('held back', 'shown although not public')}` : describeHolds(held));

      // glob only calls parseData for new or changed files (its cache skips the rest). A file
      // checked above and unchanged since is not checked again; one edited later (dev server) is.
      const checkedByPath = new Map(releases.map((r) => [resolve(root, r.file), r]));
      const bytesByPath = new Map(files.map((f) => [resolve(root, f.file), f.bytes]));
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath ?? '';
        const source = await readSource(file, base, root);
        const known = checkedByPath.get(file);
        const before = bytesByPath.get(file);
        let checked = known && before && Buffer.from(before).equals(source.bytes) ? known : undefined;
        if (!checked) {
          const { release, problems } = checkRelease(source, options);
          if (!release) throw new Error(formatProblems(problems));
          checked = release;
        }
        // The hero's path as written (checked, relative to the file): Astro replaces `image.src` by the image.
        const heroFile = checked.data.image?.src;
        return context.parseData({ ...props, data: { ...checked.data, ...(heroFile ? { heroFile } : {}) } as unknown as typeof props.data });
      };
      // Bodies are not kept in the data store (the editions read them from the files): a smaller
      // store loads faster and holds less memory on large sites.
      const watcher = context.watcher && tracking(context.watcher);
      await glob({ base, pattern: '**/*.md', retainBody: false }).load({ ...context, parseData, watcher, store: withFigures(context.store) });

      const unrendered = [...context.store.values()].filter((entry) => entry.rendered === undefined);
      if (unrendered.length > 0) {
        const list = unrendered.map((e) => `${e.filePath ?? e.id}`).join('\n');
        throw new Error(`These releases could not be rendered (the reason is printed above each):\n${list}`);
      }
    },
  };
}

/**
 * The store as the glob loader sees it: each entry keeps, in `figures`, the images its render found, written as
 * Astro's `image()` writes a hero's path, so that Astro resolves them to images the media kit can optimise.
 */
function withFigures(store: LoaderContext['store']): LoaderContext['store'] {
  return {
    ...store,
    set(entry) {
      const figures = bodyFactsOf(entry.rendered?.metadata).figures;
      if (figures.length === 0) return store.set(entry);
      return store.set({ ...entry, data: { ...entry.data, figures: figures.map((f) => `${IMAGE_IMPORT_PREFIX}${f.src}`) } });
    },
  };
}

/** What Astro's `image()` schema writes for a local image, and its data store resolves to the image (astro/dist/content/consts.js). */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

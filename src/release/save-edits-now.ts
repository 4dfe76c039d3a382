// In `astro dev`, an edited release reaches the browser as soon as it is rendered. Astro's glob loader updates
// the entry when the file changes, but Astro writes its data store (which the pages read, and whose writing
// reloads the browser) only after 500 ms without further changes. Once the loader's update is done, this
// integration asks Astro to sync the releases collection, which the loader answers at once (releasesLoader):
// Astro then writes the store.
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { LoaderContext } from 'astro/loaders';

/** Name of the releases loader, by which Astro syncs it alone. */
export const RELEASES_LOADER = 'communiques-releases';

/** Context of a sync asked for after an edit: the loader has nothing more to do. */
export const SAVE_NOW = 'communiquesSaveNow';

type Watcher = NonNullable<LoaderContext['watcher']>;

const UPDATES = Symbol.for('communiques.releases.updates');

/**
 * Updates of changed files under way in the dev server, until they are in the store. They are kept on the dev
 * server's watcher, which this integration and every evaluation of the content configuration share.
 */
export function updatesOf(watcher: Watcher): Set<Promise<unknown>> {
  const slot = watcher as unknown as Record<symbol, Set<Promise<unknown>> | undefined>;
  return (slot[UPDATES] ??= new Set());
}

/** The watcher as the glob loader sees it: each update it makes for a file event is kept (updatesOf) until it settles. */
export function tracking(watcher: Watcher): Watcher {
  const updates = updatesOf(watcher);
  return new Proxy(watcher, {
    get(target, prop) {
      if (prop === 'on') {
        return (event: string, listener: (...args: unknown[]) => unknown) =>
          target.on(event, (...args: unknown[]) => {
            const update = Promise.resolve(listener(...args));
            const settled = () => updates.delete(update);
            updates.add(update);
            update.then(settled, settled);
          });
      }
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Whether a file watched by the dev server is a release file of the content folder (`contentDir`, from `root`). */
export function isReleaseFile(path: string, root: string, contentDir: string): boolean {
  return path.startsWith(resolve(root, contentDir, 'communiques') + sep) && path.endsWith('.md');
}

export function saveEditsNow({ contentDir }: { contentDir: string }): AstroIntegration {
  return {
    name: 'communiques-save-edits-now',
    hooks: {
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (!refreshContent) return;
        // One sync at a time; edits made meanwhile (a branch checked out, a folder copied) share the next one.
        let syncing = false;
        let again = false;
        const sync = async (): Promise<void> => {
          if (syncing) {
            again = true;
            return;
          }
          syncing = true;
          try {
            do {
              again = false;
              await Promise.allSettled(updatesOf(server.watcher));
              await refreshContent({ loaders: [RELEASES_LOADER], context: { [SAVE_NOW]: true } });
            } while (again);
          } catch (error) {
            logger.error(`Edits could not be stored at once (they will be shortly): ${(error as Error).message}`);
          } finally {
            syncing = false;
          }
        };
        server.watcher.on('all', (event, path) => {
          if (['add', 'change', 'unlink'].includes(event) && isReleaseFile(path, server.config.root, contentDir)) void sync();
        });
      },
    },
  };
}

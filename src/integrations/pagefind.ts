// Runs Pagefind over the built site at the end of `astro build`: one search index per language, from release pages only.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function pagefind(): AstroIntegration {
  return {
    name: 'communiques-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pf = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await pf.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`search index written (${added.page_count} pages read; releases indexed, one index per language)`);
        await pf.close();
      },
    },
  };
}

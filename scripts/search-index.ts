// The search index: Pagefind over the built site, one index per language, from release pages only.
// It runs after `astro build` has exited (npm run build runs both), so the two never hold memory at once.
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.argv[2] ?? 'dist');
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
process.stdout.write(`search index written to ${join(site, 'pagefind')} (${added.page_count} pages read; releases indexed, one index per language)\n`);

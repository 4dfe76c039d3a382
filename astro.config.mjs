// Astro configuration: the site's address, languages and Markdown processor. Site settings live in src/site.config.ts.
import { defineConfig } from 'astro/config';
import { assertPinnedNode } from './src/lib/node-check.ts';
import { markdownIt } from './src/markdown/processor.ts';
import { saveEditsNow } from './src/release/save-edits-now.ts';
import { site } from './src/site.config.ts';
import { contentDir } from './src/lib/paths.ts';
import { editorFilesInDev } from './src/editor/assets.ts';

// Astro 7 needs Node ≥ 22.12; the project runs on the Node pinned in package.json.
assertPinnedNode();

export default defineConfig({
  site: site.url,
  // Tests and benchmarks build other content folders side by side, each with its own cache.
  ...(process.env.COMMUNIQUES_CACHE ? { cacheDir: process.env.COMMUNIQUES_CACHE } : {}),
  // Every page is a folder with an index.html, and links end with "/": URLs work on any static host.
  trailingSlash: 'always',
  // Stylesheets stay files: the Content-Security-Policy then needs no inline styles but the theme's.
  // Eight pages are generated at a time: a page spends most of its time waiting for its files to be written,
  // and the next ones render meanwhile (at 5,000 releases, page generation took 35–43 s one page at a time
  // and 21–24 s eight at a time on a 2-core machine).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Languages: the first of src/site.config.ts at "/", the others under "/<lang>/". Pages build their
  // localised URLs themselves (src/lib/routes.ts); Astro knows the locales for Astro.currentLocale.
  i18n: {
    locales: [...site.languages],
    defaultLocale: site.languages[0],
    routing: { prefixDefaultLocale: false },
  },
  // Releases are Markdown rendered by markdown-it with the press plugins of src/markdown/.
  // (The benchmark sets COMMUNIQUES_PROCESSOR=astro-default to measure Astro's own processor on the same site.)
  markdown: process.env.COMMUNIQUES_PROCESSOR === 'astro-default' ? {} : { processor: markdownIt({ contentDir }) },
  // In the dev server, an edited release is stored, and the browser reloaded, as soon as it is rendered; the
  // editor's files are served at /admin/ as the build writes them.
  integrations: [saveEditsNow({ contentDir }), editorFilesInDev()],
  // The dev server does not watch the benchmark's corpora and builds (tens of thousands of files).
  vite: { server: { watch: { ignored: ['**/bench/work/**'] } } },
  // No telemetry, no dev toolbar: nothing leaves the machine.
  devToolbar: { enabled: false },
  // A build copies from the previous one every page whose code and cache key are unchanged (the key covers
  // what the page shows: src/data/cache.ts). Its copies live in the cache folder (node_modules/.astro, or
  // COMMUNIQUES_CACHE); deleting that folder, or \`astro build --force\`, renders every page again.
  experimental: { incrementalBuild: true },
});

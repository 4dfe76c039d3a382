// The editor's files, served by the site itself at /admin/: Sveltia CMS as published on npm, with the three fonts
// its stylesheet would fetch from a CDN served from here instead (the same fonts, from their npm packages).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';

const require = createRequire(import.meta.url);

/** Fonts the editor's stylesheet would fetch from a CDN, and the npm files that are the same fonts, served from here. */
const FONTS: { cdn: RegExp; package: string; file: string }[] = [
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g, package: '@fontsource-variable/source-sans-3', file: 'source-sans-3-latin-wght-normal.woff2' },
  { cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g, package: '@fontsource/noto-mono', file: 'noto-mono-latin-400-normal.woff2' },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    package: '@fontsource-variable/material-symbols-outlined',
    file: 'material-symbols-outlined-latin-wght-normal.woff2',
  },
];

/**
 * Modules the editor imports from a package CDN when a feature needs them, served from here (the packages are its
 * own dependencies): immutable for the site's preview template, exifr for an uploaded photo's date, turndown for
 * HTML it turns into Markdown. The others (maps, image conversion, code highlighting) are features this site does
 * not configure: their addresses point here too, where nothing answers, so no request leaves the site.
 */
const MODULES: { name: string; file: string }[] = [
  { name: 'immutable', file: 'dist/immutable.es.js' },
  { name: 'exifr', file: 'dist/lite.esm.mjs' },
  { name: 'turndown', file: 'lib/turndown.browser.es.js' },
];

/**
 * The package CDN the editor imports its optional modules from, found the way its script builds their addresses
 * (`${origin}/${name}`), so no host needs naming here and another CDN in a later version is found the same way.
 */
export function moduleCdn(code: string): string {
  const found = [...code.matchAll(/`(https:\/\/[a-z0-9.-]+)\/\$\{\w+\}`/g)].map((m) => m[1]!);
  if (new Set(found).size !== 1) throw new Error('@sveltia/cms no longer builds its module addresses as expected: check src/editor/assets.ts');
  return found[0]!;
}

/** The file's bytes, without the link to a source map that is not shipped. */
const withoutSourceMap = (code: string) => new TextEncoder().encode(code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));

export interface EditorFile {
  /** Under /admin/. */
  path: string;
  type: string;
  bytes: () => Uint8Array;
}

/** Sveltia's script (its self-contained build, which starts on its own; fonts and locales pointed here), its chunks, locales and fonts. */
export function editorFiles(): EditorFile[] {
  // The package's entry is npm/index.js; its build sits beside it in dist/.
  const dist = join(dirname(require.resolve('@sveltia/cms')), '..', 'dist');
  const script: EditorFile = {
    path: 'sveltia-cms.js',
    type: 'text/javascript; charset=utf-8',
    bytes: () => {
      let code = readFileSync(join(dist, 'sveltia-cms.js'), 'utf8');
      // Its interface's languages, which it would fetch from a package CDN: served from here.
      const locales = /`\$\{\w+\}@\$\{\w+\}\/locales`/;
      if (!locales.test(code)) throw new Error('@sveltia/cms no longer names its locales folder as expected: check src/editor/assets.ts against the version installed');
      code = code.replace(locales, '`/admin/locales`');
      // Its check for a newer version reads the package's description: this site's copy says which one it serves.
      const description = /`\$\{\w+\}\/package\.json`/;
      if (!description.test(code)) throw new Error('@sveltia/cms no longer reads its package.json as expected: check src/editor/assets.ts against the version installed');
      code = code.replace(description, '`/admin/package.json`');
      // At start it asks GitHub's or GitLab's status service whether the host is up: not a request this site makes
      // for its authors (a failed save says so anyway). The services' addresses become a file saying "unknown".
      const status = /`https:\/\/(?:www\.githubstatus\.com\/api\/v2\/status\.json|status-api\.hostedstatus\.com\/1\.0\/status\/\w+)`/g;
      if ((code.match(status) ?? []).length !== 2) throw new Error('@sveltia/cms no longer names the git hosts’ status services as expected: check src/editor/assets.ts');
      code = code.replace(status, '`/admin/host-status.json`');
      for (const font of FONTS) {
        if (!font.cdn.test(code)) throw new Error(`@sveltia/cms no longer names ${font.file} as expected: check src/editor/assets.ts against the version installed`);
        code = code.replace(font.cdn, `/admin/fonts/${font.file}`);
      }
      for (const module of MODULES) {
        if (!code.includes(`(\`${module.name}\`,\`${module.file}\`)`)) throw new Error(`@sveltia/cms no longer imports ${module.name}/${module.file} as expected: check src/editor/assets.ts`);
      }
      // Its language switch reads a language's validation results before a new entry has any for a language not
      // yet added, and throws (0.221.1): the missing results are read as none. A version without the slip has
      // nothing to mend; the editor's browser test fails on any error the editor throws.
      code = code.replace(/Object\.values\((\w+\(\w+\)\[\w+\])\)\.some\(\(\{valid:(\w+)\}\)=>!\2\)/g, 'Object.values($1??{}).some(({valid:$2})=>!$2)');
      // Every other address on its package CDN (the optional modules above and those left out) points here.
      code = code.replaceAll(`${moduleCdn(code)}/`, '/admin/modules/');
      return withoutSourceMap(code);
    },
  };
  // The chunks it loads beside itself (it tries this site first), and the languages of its interface.
  const chunks = readdirSync(join(dist, 'chunks'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ path: `chunks/${f}`, type: 'text/javascript; charset=utf-8', bytes: () => withoutSourceMap(readFileSync(join(dist, 'chunks', f), 'utf8')) }));
  const localesDir = join(dist, '..', 'locales');
  const locales = readdirSync(localesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ path: `locales/${f}`, type: 'application/json; charset=utf-8', bytes: () => new Uint8Array(readFileSync(join(localesDir, f))) }));
  const description = { path: 'package.json', type: 'application/json; charset=utf-8', bytes: () => new Uint8Array(readFileSync(join(dist, '..', 'package.json'))) };
  const status = { path: 'host-status.json', type: 'application/json; charset=utf-8', bytes: () => new TextEncoder().encode('{}\n') };
  // At the address the editor asks for: the package's name, the version its own package.json asks for, the file.
  const fromEditor = createRequire(require.resolve('@sveltia/cms'));
  const wanted = (JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
  const modules = MODULES.map((m) => ({
    path: `modules/${m.name}@${wanted[m.name]!.replace(/^\D/, '')}/${m.file}`,
    type: 'text/javascript; charset=utf-8',
    bytes: () => withoutSourceMap(readFileSync(fromEditor.resolve(`${m.name}/package.json`).replace(/package\.json$/, m.file), 'utf8')),
  }));
  const fonts = FONTS.map((font) => ({ path: `fonts/${font.file}`, type: 'font/woff2', bytes: () => new Uint8Array(readFileSync(require.resolve(`${font.package}/files/${font.file}`))) }));
  return [script, description, status, ...chunks, ...locales, ...modules, ...fonts];
}

/**
 * The same files in `npm run dev`, at the addresses the build writes them to: Astro's dev server wants a trailing
 * slash on a route like src/pages/admin/[...asset].ts, which file addresses do not have.
 */
export function editorFilesInDev(): AstroIntegration {
  let byPath: Map<string, EditorFile> | undefined;
  return {
    name: 'communiques-editor-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0]!;
          if (!path.startsWith('/admin/')) return next();
          byPath ??= new Map(editorFiles().map((file) => [`/admin/${file.path}`, file]));
          const file = byPath.get(path);
          if (!file) return next();
          response.setHeader('Content-Type', file.type);
          response.end(file.bytes());
        });
      },
    },
  };
}

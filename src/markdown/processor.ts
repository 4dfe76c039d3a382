// Plugs createMarkdown() into Astro as its Markdown processor, so content collections render with markdown-it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownProcessor, MarkdownRenderer } from 'astro/markdown';
import type { MarkdownIt } from 'markdown-it';
import { createMarkdown } from './index.ts';
import { readGlossaries } from './glossary-files.ts';
import { jobOf, runJob } from './job.ts';

export interface ProcessorOptions {
  /** Folder holding the releases and glossary/<lang>.yml (default "content"). */
  contentDir?: string;
  /**
   * A fingerprint of the renderer's code (this folder, src/lib, src/i18n, the site configuration), markdown-it's
   * version and the glossaries. Astro keys its content cache on the processor's options, so a changed plugin
   * or helper re-renders every release.
   */
  fingerprint: string;
}

/**
 * Bodies are rendered in this thread, as Astro asks for them. Rendering them in worker threads, even ahead of
 * Astro, saved about 2 s of a 60 s cold build of 5,000 releases (3–4 %): less than the three files and the
 * second front-matter parse it took (bench/README.md, 2026-12-04).
 */
export function markdownIt(options: { contentDir?: string } = {}): MarkdownProcessor<ProcessorOptions> {
  const releases = resolve(options.contentDir ?? 'content') + sep;
  let md: MarkdownIt | undefined;
  const renderer: MarkdownRenderer = {
    async render(content, { fileURL, frontmatter = {} } = {}) {
      md ??= createMarkdown({ glossaries: readGlossaries(options.contentDir ?? 'content'), imageExists: (file) => existsSync(fileURLToPath(file)) });
      const result = runJob(md, jobOf(content, frontmatter, fileURL));
      if ('problem' in result) throw locate(result.problem, content, fileURL);
      const { code, ...metadata } = result;
      // A release's front matter is already its entry's data in Astro's store: a second copy would only make
      // the store larger. Markdown pages elsewhere (src/pages) get theirs back, as Astro reads their layout there.
      const isRelease = fileURL !== undefined && fileURLToPath(fileURL).startsWith(releases);
      return { code, metadata: { ...metadata, frontmatter: isRelease ? {} : frontmatter } };
    },
  };
  return {
    name: 'communiques-markdown-it',
    options: { ...options, fingerprint: fingerprint(RENDERER_CODE, options.contentDir ?? 'content') },
    createRenderer: async () => renderer,
  };
}

/** An error that names the file and the line of the file, as authors see them. */
function locate(error: { message: string; line?: number }, body: string, fileURL?: URL): Error {
  if (!fileURL) return new Error(`line ${error.line ?? '?'} of the body — ${error.message}`);
  const path = fileURLToPath(fileURL);
  const source = readFileSync(path, 'utf8');
  // Astro hands over the body trimmed; find where it starts in the file to turn body lines into file lines.
  const start = source.indexOf(body.slice(0, 200));
  const offset = start === -1 ? 0 : source.slice(0, start).split('\n').length - 1;
  const line = error.line === undefined ? '' : `:${offset + error.line}`;
  return new Error(`${relative(process.cwd(), path)}${line} — ${error.message}`);
}

/** What a render depends on besides the file: this folder, the helpers and strings it uses, the site's settings. */
const RENDERER_CODE = ['./', '../lib/', '../i18n/', '../release/image-path.ts', '../site.config.ts'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

/** Hash of the renderer's code (files and folders), markdown-it's version and the glossaries of contentDir. */
export function fingerprint(code: string[], contentDir: string): string {
  const hash = createHash('sha256');
  for (const path of code) {
    const files = statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).sort().map((f) => join(path, f)) : [path];
    for (const file of files) {
      if (/\.(ts|js|mjs|json)$/.test(file)) hash.update(relative(path, file)).update(readFileSync(file));
    }
  }
  const pkg = fileURLToPath(import.meta.resolve('markdown-it/package.json'));
  hash.update(JSON.parse(readFileSync(pkg, 'utf8')).version);
  const glossary = join(contentDir, 'glossary');
  if (existsSync(glossary)) {
    for (const file of readdirSync(glossary).sort()) hash.update(file).update(readFileSync(join(glossary, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

// Plugs createMarkdown() into Astro as its Markdown processor, so content collections render with markdown-it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownProcessor, MarkdownRenderer } from 'astro/markdown';
import { createMarkdown, type MarkdownOptions } from './index.ts';
import { createEnv, MarkdownContentError } from './env.ts';
import { isLang, type Lang } from '../lib/languages.ts';

export interface ProcessorOptions extends MarkdownOptions {
  /**
   * A fingerprint of this folder's code, markdown-it's version and the glossaries. Astro keys its
   * content cache on the processor's options, so a changed plugin re-renders every release.
   */
  fingerprint: string;
}

export function markdownIt(options: MarkdownOptions = {}): MarkdownProcessor<ProcessorOptions> {
  const processor: MarkdownProcessor<ProcessorOptions> = {
    name: 'communiques-markdown-it',
    options: { ...options, fingerprint: fingerprint(fileURLToPath(new URL('.', import.meta.url)), options.contentDir ?? 'content') },
    async createRenderer(): Promise<MarkdownRenderer> {
      const md = createMarkdown(processor.options);
      return {
        async render(content, { fileURL, frontmatter = {} } = {}) {
          const env = createEnv(languageOf(frontmatter, fileURL), {
            fileURL,
            country: Array.isArray(frontmatter.countries) ? frontmatter.countries[0] : undefined,
            glossary: isRecord(frontmatter.glossary) ? frontmatter.glossary : undefined,
          });
          let code: string;
          try {
            code = md.render(content, env);
          } catch (error) {
            throw error instanceof MarkdownContentError ? locate(error, content, fileURL) : error;
          }
          return {
            code,
            metadata: {
              headings: env.headings,
              localImagePaths: env.localImagePaths,
              remoteImagePaths: env.remoteImagePaths,
              frontmatter,
            },
          };
        },
      };
    },
  };
  return processor;
}

/** An error that names the file and the line of the file, as authors see them. */
function locate(error: MarkdownContentError, body: string, fileURL?: URL): Error {
  if (!fileURL) return new Error(`line ${error.line ?? '?'} of the body — ${error.message}`);
  const path = fileURLToPath(fileURL);
  const source = readFileSync(path, 'utf8');
  // Astro hands over the body trimmed; find where it starts in the file to turn body lines into file lines.
  const start = source.indexOf(body.slice(0, 200));
  const offset = start === -1 ? 0 : source.slice(0, start).split('\n').length - 1;
  const line = error.line === undefined ? '' : `:${offset + error.line}`;
  return new Error(`${relative(process.cwd(), path)}${line} — ${error.message}`);
}

function isRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The release's language: its front matter, else its folder (content/communiques/<lang>/). */
function languageOf(frontmatter: Record<string, unknown>, fileURL?: URL): Lang {
  if (isLang(frontmatter.lang)) return frontmatter.lang;
  const folder = fileURL?.pathname.split('/').at(-2);
  return isLang(folder) ? folder : 'fr';
}

/** Hash of the renderer's code (codeDir), markdown-it's version and the glossaries of contentDir. */
export function fingerprint(codeDir: string, contentDir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(codeDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(ts|js|mjs)$/.test(file)) hash.update(file).update(readFileSync(join(codeDir, file)));
  }
  const pkg = fileURLToPath(import.meta.resolve('markdown-it/package.json'));
  hash.update(JSON.parse(readFileSync(pkg, 'utf8')).version);
  const glossary = join(contentDir, 'glossary');
  if (existsSync(glossary)) {
    for (const file of readdirSync(glossary).sort()) hash.update(file).update(readFileSync(join(glossary, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

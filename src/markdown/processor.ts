// Plugs createMarkdown() into Astro as its Markdown processor, so content collections render with markdown-it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownProcessor, MarkdownRenderer } from 'astro/markdown';
import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import { createMarkdown, type MarkdownOptions } from './index.ts';
import { jobOf, renderFile, runJob, type AheadFile, type RenderJob, type Rendered, type RenderResult } from './job.ts';

export interface ProcessorOptions extends MarkdownOptions {
  /**
   * A fingerprint of the renderer's code (this folder, src/lib, src/i18n, the site configuration), markdown-it's
   * version and the glossaries. Astro keys its content cache on the processor's options, so a changed plugin
   * or helper re-renders every release.
   */
  fingerprint: string;
}

export interface ProcessorSettings {
  /**
   * Worker threads that render bodies while Astro reads and stores the next files: by default one core
   * fewer than the machine has (at least one); 0 renders in this thread.
   */
  threads?: number;
}

/** A release file Astro is about to ask for, as read from disk and not yet checked. */
export interface UpcomingFile {
  bytes: Uint8Array;
  fileURL: URL;
}

export interface PressRenderer extends MarkdownRenderer {
  /**
   * Starts rendering release files before Astro asks for them. The files are handed over as soon as they are read:
   * the render threads read each one's front matter themselves (as the content check does) and render its body
   * while the main thread checks the files, then stays ahead of Astro's glob loader, which renders ten files at a
   * time, each after reading and storing it. A body, language, country or glossary that differs when Astro asks
   * is rendered again, so a guess never changes a page. The processor has one renderer, so what the loader hands
   * over is what Astro's renders find.
   */
  renderAhead(files: readonly UpcomingFile[]): void;
  /** Starts the render threads (each takes about half a second to load markdown-it and the plugins) without a body. */
  warmUp(): void;
  /** Ends the render threads once the bodies handed over are rendered; a later render starts them again. */
  close(): Promise<void>;
}

export function markdownIt(options: MarkdownOptions = {}, { threads = Math.max(1, availableParallelism() - 1) }: ProcessorSettings = {}): MarkdownProcessor<ProcessorOptions> {
  let runner: Runner | undefined;
  const run = () => (runner ??= threads > 0 ? inThreads(processor.options, threads) : inProcess(processor.options));
  const releases = resolve(options.contentDir ?? 'content') + sep;
  // Files handed over ahead wait in `waiting` (in order) and enter the threads a few at a time, so that a body
  // Astro asks for never queues behind thousands of others: one still waiting is rendered when asked for.
  const waiting = new Map<string, AheadFile>();
  const ahead = new Map<string, Promise<Rendered | undefined>>();
  let started = 0;
  const start = (file: AheadFile) => {
    started++;
    // Its error, if any, comes again where Astro asks for the body (rendered again there); a file never asked
    // for must not end the build.
    const rendered = run().renderFile(file).catch(() => undefined);
    rendered.finally(() => {
      started--;
      startWaiting();
    });
    ahead.set(file.fileURL, rendered);
  };
  const startWaiting = () => {
    for (const [href, file] of waiting) {
      if (started >= AHEAD) break;
      waiting.delete(href);
      start(file);
    }
  };
  /** The render of a file handed over ahead, if it has started; forgotten either way, as Astro asks only once. */
  const takeAhead = (href: string) => {
    waiting.delete(href);
    const early = ahead.get(href);
    ahead.delete(href);
    return early;
  };
  const renderer: PressRenderer = {
    warmUp() {
      run().render(jobOf('', {})).catch(() => {});
    },
    async close() {
      // Files handed over but never asked for are dropped; those being rendered finish first.
      waiting.clear();
      ahead.clear();
      const closing = runner;
      runner = undefined;
      await closing?.close?.();
    },
    renderAhead(files) {
      for (const { bytes, fileURL } of files) waiting.set(fileURL.href, { bytes, fileURL: fileURL.href });
      startWaiting();
    },
    async render(content, { fileURL, frontmatter = {} } = {}) {
      const job = jobOf(content, frontmatter, fileURL);
      const ready = fileURL && takeAhead(fileURL.href);
      const early = ready && (await ready);
      const result = early && sameJob(early.job, job) ? early.result : await run().render(job);
      if ('problem' in result) throw locate(result.problem, content, fileURL);
      const { code, ...metadata } = result;
      // A release's front matter is already its entry's data in Astro's store: a second copy would only make
      // the store larger. Markdown pages elsewhere (src/pages) get theirs back, as Astro reads their layout there.
      const isRelease = fileURL !== undefined && fileURLToPath(fileURL).startsWith(releases);
      return { code, metadata: { ...metadata, frontmatter: isRelease ? {} : frontmatter } };
    },
  };
  const processor: MarkdownProcessor<ProcessorOptions> = {
    name: 'communiques-markdown-it',
    options: { ...options, fingerprint: fingerprint(RENDERER_CODE, options.contentDir ?? 'content') },
    createRenderer: async () => renderer,
  };
  return processor;
}

/** Bodies rendered ahead at most at a time: enough to keep the threads busy (each takes 16 at once). */
const AHEAD = 64;

function sameJob(a: RenderJob, b: RenderJob): boolean {
  return a.content === b.content && a.lang === b.lang && a.country === b.country && JSON.stringify(a.glossary) === JSON.stringify(b.glossary);
}

/** Where renders run: worker threads, or this thread. */
interface Runner {
  render(job: RenderJob): Promise<RenderResult>;
  renderFile(file: AheadFile): Promise<Rendered | undefined>;
  close?(): Promise<void>;
}

function inProcess(options: MarkdownOptions): Runner {
  let md: ReturnType<typeof createMarkdown> | undefined;
  return {
    render: async (job) => runJob((md ??= createMarkdown(options)), job),
    renderFile: async (file) => renderFile((md ??= createMarkdown(options)), file),
  };
}

/**
 * A pool of worker threads (Piscina) running worker.ts. In `astro dev` one thread is kept ready, so that an
 * edit is rendered without waiting for a thread to start; in a build, threads end after a second without
 * work, so the memory of the content phase goes back before pages are generated. Idle threads do not keep
 * the process alive.
 */
function inThreads(options: MarkdownOptions, threads: number): Runner {
  const pool = new Piscina({
    filename: new URL('./worker.ts', import.meta.url).href,
    workerData: options,
    minThreads: process.env.NODE_ENV === 'development' ? 1 : 0,
    maxThreads: threads,
    idleTimeout: 1000,
    // A thread takes the next bodies without waiting for the main thread, which is busy storing entries.
    concurrentTasksPerWorker: 16,
  });
  return {
    render: (job) => pool.run(job) as Promise<RenderResult>,
    renderFile: (file) => pool.run(file, { name: 'renderFile' }) as Promise<Rendered | undefined>,
    close: () => pool.close(),
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
const RENDERER_CODE = ['./', '../lib/', '../i18n/', '../site.config.ts'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

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

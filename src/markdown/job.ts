// One release body rendered by markdown-it, the same way in the build's worker threads and in-process.
import { fileURLToPath } from 'node:url';
import type { MarkdownIt } from 'markdown-it';
import { createEnv, MarkdownContentError } from './env.ts';
import type { BodyFacts } from './facts.ts';
import { isLang, type Lang } from '../lib/languages.ts';
import type { Glossary } from './glossary.ts';
import { load, CORE_SCHEMA } from 'js-yaml';
import { splitFrontMatter } from '../release/front-matter.ts';
import { wordsOf } from './reading-time.ts';

/** What a render needs: plain values only, so a job can be handed to another thread. */
export interface RenderJob {
  content: string;
  lang: Lang;
  country?: string;
  glossary?: Glossary;
  /** The release file (a file: URL), for resolving and checking its images. */
  fileURL?: string;
}

export type RenderResult =
  | {
      code: string;
      localImagePaths: string[];
      remoteImagePaths: string[];
    } & BodyFacts
  | { problem: { message: string; line?: number } };

/** Renders a job; a problem in the author's Markdown comes back as a value (with its body line), any other error is thrown. */
export function runJob(md: MarkdownIt, job: RenderJob): RenderResult {
  const env = createEnv(job.lang, {
    fileURL: job.fileURL ? new URL(job.fileURL) : undefined,
    country: job.country,
    glossary: job.glossary,
  });
  try {
    const code = md.render(job.content, env);
    return {
      code,
      headings: env.headings,
      localImagePaths: env.localImagePaths,
      remoteImagePaths: env.remoteImagePaths,
      figures: env.figures,
      charts: env.charts,
      summary: env.summary ?? '',
      words: wordsOf(code) - env.extraWords,
    };
  } catch (error) {
    if (error instanceof MarkdownContentError) return { problem: { message: error.message, line: error.line } };
    throw error;
  }
}

/** A release file as read from disk, before it is checked: its bytes and where it is (a file: URL). */
export interface AheadFile {
  bytes: Uint8Array;
  fileURL: string;
}

/** A render done ahead: the job it found in the file, and its result. */
export interface Rendered {
  job: RenderJob;
  result: RenderResult;
}

/**
 * Renders a release file ahead of Astro: its body is cut at the front matter's fences as the content check cuts it
 * (splitFrontMatter), and trimmed as Astro hands it over. Of the front matter, a render needs only the language,
 * the first country and the glossary: they are read with js-yaml, ten times faster than the check's line-counting
 * parser, and a job that differs from Astro's is rendered again anyway (see PressRenderer). A file that cannot be
 * read so (not UTF-8, bad front matter) is left for the check to report: nothing is rendered.
 */
export function renderFile(md: MarkdownIt, file: AheadFile): Rendered | undefined {
  let job: RenderJob;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    const fenced = splitFrontMatter(text, fileURLToPath(file.fileURL));
    if ('problems' in fenced) return undefined;
    const data = load(fenced.yaml, { schema: CORE_SCHEMA });
    if (!isRecord(data)) return undefined;
    job = jobOf(fenced.body.trim(), data, new URL(file.fileURL));
  } catch {
    return undefined;
  }
  return { job, result: runJob(md, job) };
}

/** The job for a body: its language, first country and glossary from the front matter. */
export function jobOf(content: string, frontmatter: Record<string, unknown>, fileURL?: URL): RenderJob {
  return {
    content,
    lang: languageOf(frontmatter, fileURL),
    country: Array.isArray(frontmatter.countries) ? frontmatter.countries[0] : undefined,
    glossary: isRecord(frontmatter.glossary) ? frontmatter.glossary : undefined,
    fileURL: fileURL?.href,
  };
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

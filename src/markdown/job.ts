// One release body rendered by markdown-it, the same way in the build's worker threads and in-process.
import type { MarkdownIt } from 'markdown-it';
import { createEnv, MarkdownContentError, type Heading } from './env.ts';
import type { Lang } from '../lib/languages.ts';
import type { Glossary } from '../lib/glossary.ts';
import { wordsOf } from '../lib/reading-time.ts';

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
      headings: Heading[];
      localImagePaths: string[];
      remoteImagePaths: string[];
      /** Words of the body (reading time), counted here, where Astro keeps the result from one build to the next. */
      words: number;
    }
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
      words: wordsOf(code),
    };
  } catch (error) {
    if (error instanceof MarkdownContentError) return { problem: { message: error.message, line: error.line } };
    throw error;
  }
}

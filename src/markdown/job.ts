// One release body rendered by markdown-it: what a render needs from the front matter, and what it returns.
import type { MarkdownIt } from 'markdown-it';
import { createEnv, MarkdownContentError } from './env.ts';
import type { BodyFacts } from './facts.ts';
import { isLang, type Lang } from '../lib/languages.ts';
import type { Glossary } from './glossary.ts';
import { wordsOf } from './reading-time.ts';

/** What a render needs of a release besides its body. */
export interface RenderJob {
  content: string;
  lang: Lang;
  country?: string;
  glossary?: Glossary;
  /** The release file, for resolving and checking its images. */
  fileURL?: URL;
  /** Where a browser finds an image, for a render shown at once (the editor's preview). */
  imageUrl?: (src: string) => string | undefined;
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
    fileURL: job.fileURL,
    imageUrl: job.imageUrl,
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

/** The job for a body: its language, first country and glossary from the front matter. */
export function jobOf(content: string, frontmatter: Record<string, unknown>, fileURL?: URL): RenderJob {
  return {
    content,
    lang: languageOf(frontmatter, fileURL),
    country: Array.isArray(frontmatter.countries) ? frontmatter.countries[0] : undefined,
    glossary: isRecord(frontmatter.glossary) ? frontmatter.glossary : undefined,
    fileURL,
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

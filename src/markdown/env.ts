// What one render of a release carries between plugins (markdown-it's env), and how it starts.
import type { Lang } from '../lib/languages.ts';
import type { Glossary } from './glossary.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

// A type alias (not an interface) so it is assignable to markdown-it's Record-typed env.
export type PressEnv = {
  /** The release's language: typography, acronyms and labels follow it. */
  lang: Lang;
  /** The release's first country (ISO code): national phone numbers are read as its numbers. */
  country?: string;
  /** Acronyms the release adds to, or overrides in, the site's glossary. */
  glossary?: Glossary;
  /** The release file, for resolving and checking its images. */
  fileURL?: URL;
  /** Headings in document order, with their ids (for the table of contents). */
  headings: Heading[];
  /** Local image sources as written in the HTML, for Astro's image pipeline. */
  localImagePaths: string[];
  remoteImagePaths: string[];
  /** Counters that keep ids unique within the page (charts). */
  ids: Record<string, number>;
};

export function createEnv(lang: Lang, init: Partial<PressEnv> = {}): PressEnv {
  return { lang, headings: [], localImagePaths: [], remoteImagePaths: [], ids: {}, ...init };
}

/** A problem in a release's Markdown, at a line of its body (1-based). */
export class MarkdownContentError extends Error {
  line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'MarkdownContentError';
    this.line = line;
  }
}

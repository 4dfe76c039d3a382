// What one render of a release carries between plugins (markdown-it's env), and how it starts.
import type { Lang } from '../lib/languages.ts';
import type { Glossary } from './glossary.ts';
import type { ChartSpec } from './chart.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A figure of the body (an image alone in its paragraph), as the author wrote it. */
export interface Figure {
  /** The image file, relative to the release file (a bare name is resolved to content/images/). */
  src: string;
  alt: string;
  /** Typeset caption without its credit; empty when the author gave none. */
  caption: string;
  credit?: string;
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
  /** Where a browser finds an image (the editor's preview, which shows the files it holds); the build leaves images to Astro. */
  imageUrl?: (src: string) => string | undefined;
  /** Headings in document order, with their ids (for the table of contents). */
  headings: Heading[];
  /** Figures and charts in document order (the media kit, the charts' CSV files). */
  figures: Figure[];
  charts: ChartSpec[];
  /** The text of the first paragraph (the summary of a release that gives none). */
  summary?: string;
  /** Words the page adds that readers do not read as the release (the headings' anchor labels). */
  extraWords: number;
  /** Local image sources as written in the HTML, for Astro's image pipeline. */
  localImagePaths: string[];
  remoteImagePaths: string[];
  /** Counters that keep ids unique within the page (charts). */
  ids: Record<string, number>;
};

export function createEnv(lang: Lang, init: Partial<PressEnv> = {}): PressEnv {
  return { lang, headings: [], figures: [], charts: [], extraWords: 0, localImagePaths: [], remoteImagePaths: [], ids: {}, ...init };
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

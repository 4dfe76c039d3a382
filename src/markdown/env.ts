// What one render of a release carries between plugins (markdown-it's env), and how it starts.
import type { Lang } from '../lib/languages.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface PressEnv {
  /** The release's language: typography and acronyms follow it. */
  lang: Lang;
  /** Headings in document order, with their ids (for the table of contents). */
  headings: Heading[];
  /** Image sources found in the body, split as Astro wants them. */
  localImagePaths: string[];
  remoteImagePaths: string[];
}

export function createEnv(lang: Lang): PressEnv {
  return { lang, headings: [], localImagePaths: [], remoteImagePaths: [] };
}

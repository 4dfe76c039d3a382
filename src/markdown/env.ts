// What one render of a release carries between plugins (markdown-it's env), and how it starts.
import type { Lang } from '../lib/languages.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

// A type alias (not an interface) so it is assignable to markdown-it's Record-typed env.
export type PressEnv = {
  /** The release's language: typography and acronyms follow it. */
  lang: Lang;
  /** Headings in document order, with their ids (for the table of contents). */
  headings: Heading[];
  /** Image sources found in the body, split as Astro wants them. */
  localImagePaths: string[];
  remoteImagePaths: string[];
};

export function createEnv(lang: Lang): PressEnv {
  return { lang, headings: [], localImagePaths: [], remoteImagePaths: [] };
}

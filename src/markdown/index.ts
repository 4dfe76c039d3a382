// createMarkdown(): the one markdown-it instance releases are rendered with — its options and its plugins, in order.
import markdownit, { type MarkdownIt } from 'markdown-it';
import headings from './plugins/headings.ts';

export interface MarkdownOptions {
  /** Folder holding glossary/<lang>.yml. */
  contentDir?: string;
}

/**
 * Raw HTML is never passed through (html: false): authors write Markdown, and anything that
 * looks like a tag reaches readers as text.
 */
export function createMarkdown(_options: MarkdownOptions = {}): MarkdownIt {
  const md = markdownit('default', { html: false, linkify: true, typographer: false });
  const plugins: Array<[(md: MarkdownIt, opts?: never) => void, unknown?]> = [[headings]];
  for (const [plugin, opts] of plugins) md.use(plugin, opts as never);
  return md;
}

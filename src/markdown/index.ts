// createMarkdown(): the one markdown-it instance releases are rendered with — its options and its plugins, in order.
import markdownit, { type MarkdownIt } from 'markdown-it';
import { strings } from '../lib/i18n.ts';
import { LANGS, type Lang } from '../lib/languages.ts';
import type { Glossary } from './glossary.ts';
import { site } from '../site.config.ts';
import links from './plugins/links.ts';
import figures from './plugins/figures.ts';
import headings from './plugins/headings.ts';
import charts from './plugins/charts.ts';
import callouts from './plugins/callouts.ts';
import footnotes from './plugins/footnotes.ts';
import tables from './plugins/tables.ts';
import typography from './plugins/typography.ts';
import acronyms from './plugins/acronyms.ts';
import summary from './plugins/summary.ts';

export interface MarkdownOptions {
  /** Each language's acronyms (glossary-files.ts reads them from content/glossary/). */
  glossaries: Partial<Record<Lang, Glossary>>;
  /** Whether an image file exists: the build checks each; the editor's preview shows what the author has. */
  imageExists?: (file: URL) => boolean;
}

/** One value per language, taken from the UI strings. */
function perLang<T>(pick: (s: (typeof strings)[Lang]) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((l) => [l, pick(strings[l])])) as Record<Lang, T>;
}

/**
 * Raw HTML is never passed through (html: false): authors write Markdown, and anything that
 * looks like a tag reaches readers as text. Plugins run in this order; each places its rules
 * relative to markdown-it's own (see each file).
 */
export function createMarkdown(options: MarkdownOptions): MarkdownIt {
  const md = markdownit('default', { html: false, linkify: true });
  const plugins: Array<[(md: MarkdownIt, opts: never) => void, unknown]> = [
    [links, { siteUrl: site.url, externalLabel: perLang((s) => s['md.external']) }],
    [figures, { exists: options.imageExists }],
    [headings, { anchorLabels: perLang((s) => s['md.anchor']) }],
    [charts, { labels: perLang((s) => ({ source: s['md.chartSource'], data: s['md.chartData'], label: s['md.chartLabel'] })) }],
    [callouts, { labels: perLang((s) => ({ note: s['md.note'], hotline: s['md.hotline'] })) }],
    [footnotes, { labels: perLang((s) => ({ title: s['md.footnotes'], back: s['md.footnoteBack'] })) }],
    [tables, { label: perLang((s) => s['md.table']) }],
    [typography, {}],
    [acronyms, { glossaries: options.glossaries }],
    [summary, {}],
  ];
  for (const [plugin, opts] of plugins) md.use(plugin, opts as never);
  return md;
}

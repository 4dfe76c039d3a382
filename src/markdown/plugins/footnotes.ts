// press_footnotes: markdown-it-footnote, with its list labelled in the release's language and a named link back to the text.
import type { MarkdownIt } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { Lang } from '../../lib/languages.ts';
import type { PressEnv } from '../env.ts';

export interface FootnotesOptions {
  labels: Partial<Record<Lang, { title: string; back: string }>>;
}

export const defaults: FootnotesOptions = { labels: {} };

export default function footnotes(md: MarkdownIt, options: Partial<FootnotesOptions> = {}): void {
  const opts = { ...defaults, ...options };
  md.use(footnote);
  const label = (env: unknown) => opts.labels[(env as PressEnv).lang] ?? { title: 'Notes', back: 'Back to the text' };

  md.renderer.rules.footnote_block_open = (_t, _i, _o, env) =>
    `<section class="footnotes" aria-label="${md.utils.escapeHtml(label(env).title)}">\n<ol class="footnotes-list">\n`;
  const anchorName = md.renderer.rules.footnote_anchor_name!;
  md.renderer.rules.footnote_anchor = (tokens, idx, o, env, self) => {
    let id = anchorName(tokens, idx, o, env, self);
    const meta = tokens[idx]!.meta as { subId: number };
    if (meta.subId > 0) id += `-${meta.subId}`;
    return ` <a href="#fnref${id}" class="footnote-backref" aria-label="${md.utils.escapeHtml(label(env).back)}">\u21a9\uFE0E</a>`;
  };
  // Ids without ":" (markdown-it-footnote's "fnref1:1"), so fragments work in every tool.
  const ref = md.renderer.rules.footnote_ref!;
  md.renderer.rules.footnote_ref = (tokens, idx, o, env, self) => ref(tokens, idx, o, env, self).replace(/id="fnref(\d+):(\d+)"/, 'id="fnref$1-$2"');
}

// press_summary: the text of the body's first paragraph, kept in the render's metadata as the summary of a release that gives none.
import type { MarkdownIt, Token } from 'markdown-it';
import { htmlToText } from '../../lib/html-text.ts';
import type { PressEnv } from '../env.ts';

type SummaryEnv = PressEnv & { summaryOf?: Token[] };

/**
 * Takes the first paragraph's inline HTML as the renderer writes it (typeset, acronyms expanded once) rather than
 * rendering it a second time, which would use up per-document state such as the acronyms already expanded.
 */
export default function summary(md: MarkdownIt): void {
  const open = md.renderer.rules.paragraph_open;
  md.renderer.rules.paragraph_open = (tokens, idx, o, env, self) => {
    const e = env as SummaryEnv;
    // A paragraph of a tight list is hidden: it writes no <p>, and is no summary.
    if (e.summary === undefined && e.summaryOf === undefined && !tokens[idx]!.hidden) e.summaryOf = tokens[idx + 1]?.children ?? [];
    return open ? open(tokens, idx, o, env, self) : self.renderToken(tokens, idx, o);
  };
  const renderInline = md.renderer.renderInline.bind(md.renderer);
  md.renderer.renderInline = (tokens, o, env) => {
    const html = renderInline(tokens, o, env);
    const e = env as SummaryEnv;
    if (tokens === e.summaryOf) {
      e.summary = htmlToText(html);
      delete e.summaryOf;
    }
    return html;
  };
}

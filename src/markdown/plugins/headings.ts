// press_headings: the body's highest headings become <h2> (the title is the page's <h1>), whatever level the author typed; they get stable ASCII ids and an anchor link beside them, and are collected for the table of contents.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { slugify } from '../../lib/slug.ts';
import type { Lang } from '../../lib/languages.ts';
import { countWords } from '../reading-time.ts';
import type { PressEnv } from '../env.ts';

export interface HeadingsOptions {
  /** The level the body's highest heading becomes; deeper ones keep their distance to it (capped at 6). */
  topLevel: number;
  /**
   * What screen readers hear for the anchor link beside each heading, per language ("{heading}" is replaced by
   * the heading's text). A language without a label gets no anchors.
   */
  anchorLabels: Partial<Record<Lang, string>>;
}

export const defaults: HeadingsOptions = { topLevel: 2, anchorLabels: {} };

export default function headings(md: MarkdownIt, options: Partial<HeadingsOptions> = {}): void {
  const opts = { ...defaults, ...options };

  md.core.ruler.after('inline', 'press_headings', (state: StateCore) => {
    const used = new Set<string>();
    const tokens = state.tokens;
    // Authors write "##" or "#" for their sections alike; levels must not skip below the page's <h1>.
    const levels = tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
    const shift = opts.topLevel - Math.min(...levels);
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      if (open.type !== 'heading_open') continue;
      // A heading is always heading_open, inline, heading_close.
      const close = tokens[i + 2]!;
      const depth = Math.min(6, Number(open.tag.slice(1)) + shift);
      open.tag = close.tag = `h${depth}`;
      const text = plainText(tokens[i + 1]?.children ?? []);
      const base = slugify(text) || 'section';
      let slug = base;
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
      used.add(slug);
      open.attrSet('id', slug);
      close.meta = { slug, depth };
    }
  });

  // Starlight's pattern: the link sits beside the heading, not inside it, so the heading's name stays its text;
  // it shows "#" and tells screen readers where it goes. Feeds, e-mails and text editions leave it out
  // (src/lib/portable-html.ts, src/editions/plain-text.ts).
  const anchored = (env: PressEnv) => opts.anchorLabels[env.lang] !== undefined;
  md.renderer.rules.heading_open = (tokens, idx, o, env, self) =>
    (anchored(env as PressEnv) ? '<div class="heading">' : '') + self.renderToken(tokens, idx, o);

  md.renderer.rules.heading_close = (tokens, idx, o, env, self) => {
    const e = env as PressEnv;
    const { slug, depth } = tokens[idx]!.meta as { slug: string; depth: number };
    // Read at render time, once the other plugins have typeset the heading's text.
    const text = plainText(tokens[idx - 1]?.children ?? []);
    e.headings.push({ depth, slug, text });
    const close = self.renderToken(tokens, idx, o);
    const template = opts.anchorLabels[e.lang];
    if (template === undefined) return close;
    const label = template.replace('{heading}', text);
    e.extraWords += countWords(label);
    const esc = md.utils.escapeHtml;
    return (
      `${close.trimEnd()}<a class="heading-anchor" href="#${esc(slug)}"><span aria-hidden="true">#</span>` +
      `<span class="visually-hidden">${esc(label)}</span></a></div>\n`
    );
  };
}

/** The text of an inline token list, as a reader sees it. */
export function plainText(children: readonly Token[]): string {
  return children
    .map((t) =>
      t.type === 'text' || t.type === 'code_inline'
        ? t.content
        : t.type === 'softbreak' || t.type === 'hardbreak'
          ? ' '
          : t.children
            ? plainText(t.children)
            : '',
    )
    .join('')
    .trim();
}

// press_headings: body headings start at <h2> (the title is the page's <h1>), get stable ASCII ids, and are collected for a table of contents.
import type { MarkdownIt } from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { slugify } from '../../lib/slug.ts';
import type { PressEnv } from '../env.ts';

export interface HeadingsOptions {
  /** The level a "#" heading becomes; deeper ones shift with it (capped at 6). */
  topLevel: number;
  /** Id prefix, so heading ids never collide with the page's own ids. */
  idPrefix: string;
}

export const defaults: HeadingsOptions = { topLevel: 2, idPrefix: '' };

export default function headings(md: MarkdownIt, options: Partial<HeadingsOptions> = {}): void {
  const opts = { ...defaults, ...options };
  md.core.ruler.after('inline', 'press_headings', (state: StateCore) => {
    const env = state.env as PressEnv;
    const used = new Set<string>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      if (open.type !== 'heading_open') continue;
      const depth = Math.min(6, Number(open.tag.slice(1)) + opts.topLevel - 1);
      open.tag = `h${depth}`;
      // A heading is always heading_open, inline, heading_close.
      tokens[i + 2]!.tag = `h${depth}`;
      const text = plainText(tokens[i + 1]?.children ?? []);
      const base = opts.idPrefix + (slugify(text) || 'section');
      let slug = base;
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
      used.add(slug);
      open.attrSet('id', slug);
      env.headings?.push({ depth, slug, text });
    }
  });
}

/** The text of an inline token list, as a reader sees it. */
export function plainText(children: readonly Token[]): string {
  return children
    .map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : t.children ? plainText(t.children) : ''))
    .join('')
    .trim();
}

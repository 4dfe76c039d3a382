// press_acronyms: the first use of each glossary acronym in a release becomes <abbr title="expansion">; never inside links or code.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { Glossary } from '../glossary.ts';
import type { Lang } from '../../lib/languages.ts';
import type { PressEnv } from '../env.ts';
import { replaceInText, textToken } from '../text-tokens.ts';

export interface AcronymsOptions {
  /** The site's glossaries, per language. */
  glossaries: Partial<Record<Lang, Glossary>>;
}

export const defaults: AcronymsOptions = { glossaries: {} };

export default function acronyms(md: MarkdownIt, options: Partial<AcronymsOptions> = {}): void {
  const opts = { ...defaults, ...options };
  const matchers = new Map<string, RegExp | null>();
  md.core.ruler.after('press_typography', 'press_acronyms', (state: StateCore) => {
    const env = state.env as PressEnv;
    const glossary: Glossary = { ...opts.glossaries[env.lang], ...env.glossary };
    const key = `${env.lang}\u0000${JSON.stringify(env.glossary ?? {})}`;
    if (!matchers.has(key)) matchers.set(key, matcher(Object.keys(glossary)));
    const re = matchers.get(key);
    if (!re) return;
    const seen = new Set<string>();
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      block.children = markFirstUses(block.children, re, glossary, seen, state);
    }
  });
}

function matcher(terms: string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = terms
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
}

function markFirstUses(children: Token[], re: RegExp, glossary: Glossary, seen: Set<string>, state: StateCore): Token[] {
  return replaceInText(children, state, re, (m, level) => {
    const term = m[1]!;
    if (seen.has(term)) return undefined;
    seen.add(term);
    const open = new state.Token('press_abbr_open', 'abbr', 1);
    open.attrSet('title', glossary[term]!);
    return [open, textToken(state, term, level + 1), new state.Token('press_abbr_close', 'abbr', -1)];
  });
}

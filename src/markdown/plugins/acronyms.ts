// press_acronyms: the first use of each glossary acronym in a release becomes <abbr title="expansion">; never inside links or code.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { Glossary } from '../../lib/glossary.ts';
import type { Lang } from '../../lib/languages.ts';
import type { PressEnv } from '../env.ts';

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
  const out: Token[] = [];
  let inLink = false;
  for (const token of children) {
    if (token.type === 'link_open') inLink = true;
    if (token.type === 'link_close') inLink = false;
    if (token.type !== 'text' || inLink) {
      out.push(token);
      continue;
    }
    let last = 0;
    const text = token.content;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const term = m[1]!;
      if (seen.has(term)) continue;
      seen.add(term);
      if (m.index > last) out.push(textToken(state, text.slice(last, m.index), token.level));
      const open = new state.Token('press_abbr_open', 'abbr', 1);
      open.attrSet('title', glossary[term]!);
      out.push(open, textToken(state, term, token.level + 1), new state.Token('press_abbr_close', 'abbr', -1));
      last = m.index + term.length;
    }
    if (last === 0) out.push(token);
    else if (last < text.length) out.push(textToken(state, text.slice(last), token.level));
  }
  return out;
}

function textToken(state: StateCore, content: string, level: number): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  t.level = level;
  return t;
}

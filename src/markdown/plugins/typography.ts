// press_typography: quotes, apostrophes and no-break spaces as each language writes them; never in code, links shown as URLs, or image text.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { QUOTES, typeset } from '../../lib/typeset.ts';
import type { Lang } from '../../lib/languages.ts';
import type { PressEnv } from '../env.ts';

export interface TypographyOptions {
  quotes: Record<Lang, [string, string, string, string]>;
}

export const defaults: TypographyOptions = { quotes: QUOTES };

export default function typography(md: MarkdownIt, options: Partial<TypographyOptions> = {}): void {
  const opts = { ...defaults, ...options };
  // markdown-it pairs quotes and turns apostrophes into ’ (its smartquotes rule); its other
  // replacements ((c) → ©, -- → –) would change archived text, so they stay off.
  md.set({ typographer: true });
  md.disable('replacements');
  // smartquotes reads the instance's quote characters; rendering is synchronous, so setting them
  // for this release's language just before the rule runs cannot leak into another render.
  md.core.ruler.before('smartquotes', 'press_quotes_lang', (state: StateCore) => {
    state.md.options.quotes = opts.quotes[(state.env as PressEnv).lang] ?? opts.quotes.en;
  });
  // smartquotes curls the apostrophes of every text token, a URL shown as text included ("https://x.org/l'a"):
  // such text is kept as written here, and put back below.
  md.core.ruler.before('smartquotes', 'press_literal_text', (state: StateCore) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      forEachText(block.children, (token, literal) => {
        if (literal) token.meta = { ...token.meta, written: token.content };
      });
    }
  });
  md.core.ruler.after('text_join', 'press_typography', (state: StateCore) => {
    const lang = (state.env as PressEnv).lang;
    for (const block of state.tokens) {
      if (block.type === 'inline' && block.children) typesetChildren(block.children, lang);
    }
  });
}

/** Calls `visit` on each text token, saying whether it is the text of a link that shows a URL, e-mail or phone number. */
function forEachText(children: Token[], visit: (token: Token, literal: boolean, index: number) => void): void {
  let literal = false;
  for (let i = 0; i < children.length; i++) {
    const token = children[i]!;
    if (token.type === 'link_open') {
      literal = token.markup === 'linkify' || token.markup === 'autolink' || /^(mailto|tel):/.test(String(token.attrGet('href') ?? ''));
    } else if (token.type === 'link_close') {
      literal = false;
    } else if (token.type === 'text') {
      visit(token, literal, i);
    }
  }
}

/** Typesets text tokens; the text of links that show a URL, e-mail or phone number stays as written. */
function typesetChildren(children: Token[], lang: Lang): void {
  forEachText(children, (token, literal, i) => {
    const written = (token.meta as { written?: string } | null)?.written;
    if (literal) {
      if (written !== undefined) token.content = written;
      return;
    }
    // Text right after a link or <code> ("… equipe@example.org !") is typeset as if that word were
    // part of it, so the space before its punctuation is handled too.
    const joined = i > 0 && !/break$/.test(children[i - 1]!.type);
    token.content = joined ? typeset(`x${token.content}`, lang).slice(1) : typeset(token.content, lang);
  });
}

// Shared by plugins that turn words of running text into markup (acronyms, phone numbers): never inside links.
import type { StateCore, Token } from 'markdown-it';

export function textToken(state: StateCore, content: string, level: number): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  t.level = level;
  return t;
}

/**
 * Rewrites the text tokens of an inline list that are outside links: each match of `re` (a global
 * regex) is replaced by the tokens `replace` returns, or left as text when it returns undefined.
 */
export function replaceInText(
  children: Token[],
  state: StateCore,
  re: RegExp,
  replace: (match: RegExpExecArray, level: number) => Token[] | undefined,
): Token[] {
  const out: Token[] = [];
  let inLink = false;
  for (const token of children) {
    if (token.type === 'link_open') inLink = true;
    if (token.type === 'link_close') inLink = false;
    if (token.type !== 'text' || inLink) {
      out.push(token);
      continue;
    }
    const text = token.content;
    let last = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const tokens = replace(m, token.level);
      if (!tokens) continue;
      if (m.index > last) out.push(textToken(state, text.slice(last, m.index), token.level));
      out.push(...tokens);
      last = m.index + m[0].length;
    }
    if (last === 0) out.push(token);
    else if (last < text.length) out.push(textToken(state, text.slice(last), token.level));
  }
  return out;
}

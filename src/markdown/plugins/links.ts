// press_links: only safe link schemes; external links marked for readers and opened without opener access; phone numbers in text become tel: links.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { parsePhone } from '../../lib/phone.ts';
import type { Lang } from '../../lib/languages.ts';
import type { PressEnv } from '../env.ts';
import { replaceInText, textToken } from '../text-tokens.ts';

export interface LinksOptions {
  /** The site's own address: links to it are not external. */
  siteUrl: string;
  /** Words read to screen-reader users after an external link's text, per language. */
  externalLabel: Partial<Record<Lang, string>>;
}

export const defaults: LinksOptions = { siteUrl: 'https://example.org', externalLabel: {} };

// Anything that is not one of these schemes is refused (javascript:, vbscript:, data:, file:…),
// whatever its case or the entities and control characters hiding it; relative links are fine.
const SAFE_SCHEME = /^(https?|mailto|tel):/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// An international number written in running text: "+51 1 633 0000", "+593.2.22.53.948".
const PHONE_IN_TEXT = /\+\s?\d[\d .()/-]{6,}\d/g;

export default function links(md: MarkdownIt, options: Partial<LinksOptions> = {}): void {
  const opts = { ...defaults, ...options };
  const siteHost = new URL(opts.siteUrl).host;
  md.validateLink = (url: string) => {
    // Browsers drop tabs, newlines and spaces from a scheme ("java&#9;script:"); so do we, after
    // undoing percent-escapes, before looking at it.
    const plain = safeDecode(url).replace(/[\s\u0000-\u001f\u007f-\u009f]/g, '');
    return !HAS_SCHEME.test(plain) || SAFE_SCHEME.test(plain);
  };

  md.renderer.rules.press_external_marker = (tokens, idx) =>
    `<span class="visually-hidden"> (${md.utils.escapeHtml(tokens[idx]!.content)})</span>`;

  md.core.ruler.after('linkify', 'press_links', (state: StateCore) => {
    const lang = (state.env as PressEnv).lang;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      block.children = linkPhones(block.children, state);
      markExternal(block.children, siteHost, opts.externalLabel[lang], state);
    }
  });
}

function markExternal(children: Token[], siteHost: string, label: string | undefined, state: StateCore): void {
  for (let i = 0; i < children.length; i++) {
    const open = children[i]!;
    if (open.type !== 'link_open') continue;
    const href = String(open.attrGet('href') ?? '');
    if (!/^https?:/i.test(href) || hostOf(href) === siteHost) continue;
    open.attrSet('rel', 'noopener');
    open.attrJoin('class', 'external');
    const close = children.findIndex((t, j) => j > i && t.type === 'link_close');
    if (close === -1 || !label) continue;
    const marker = new state.Token('press_external_marker', '', 0);
    marker.content = label;
    children.splice(close, 0, marker);
  }
}

function linkPhones(children: Token[], state: StateCore): Token[] {
  return replaceInText(children, state, PHONE_IN_TEXT, (m, level) => {
    const phone = parsePhone(m[0]);
    if (!phone.e164) return undefined;
    const open = new state.Token('link_open', 'a', 1);
    open.attrSet('href', `tel:${phone.e164}`);
    open.markup = 'tel';
    return [open, textToken(state, m[0], level + 1), new state.Token('link_close', 'a', -1)];
  });
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function hostOf(href: string): string | undefined {
  try {
    return new URL(href).host;
  } catch {
    return undefined;
  }
}


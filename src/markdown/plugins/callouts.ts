// press_callouts: "::: note", "::: hotline <number>" and "::: quote <name>, <role>" blocks, built on markdown-it-container.
import type { MarkdownIt } from 'markdown-it';
import container from 'markdown-it-container';
import { parsePhone } from '../../lib/phone.ts';
import { typeset } from '../../lib/typeset.ts';
import type { Lang } from '../../lib/languages.ts';
import type { PressEnv } from '../env.ts';

export interface CalloutsOptions {
  /** Default titles per language. */
  labels: Partial<Record<Lang, { note: string; hotline: string }>>;
}

export const defaults: CalloutsOptions = { labels: {} };

export default function callouts(md: MarkdownIt, options: Partial<CalloutsOptions> = {}): void {
  const opts = { ...defaults, ...options };
  const esc = md.utils.escapeHtml;
  const label = (env: PressEnv, key: 'note' | 'hotline') => opts.labels[env.lang]?.[key] ?? key;
  const params = (info: string, name: string) => info.trim().slice(name.length).trim();

  container(md, 'note', {
    render(tokens, idx, _o, env) {
      const token = tokens[idx]!;
      if (token.nesting === -1) return '</aside>\n';
      const e = env as PressEnv;
      const title = params(token.info, 'note') || label(e, 'note');
      return `<aside class="callout callout--note"><p class="callout__title">${esc(typeset(title, e.lang))}</p>\n`;
    },
  });

  container(md, 'hotline', {
    validate: (info) => /^hotline\s+\S/.test(info.trim()),
    render(tokens, idx, _o, env) {
      const token = tokens[idx]!;
      if (token.nesting === -1) return '</aside>\n';
      const e = env as PressEnv;
      const number = params(token.info, 'hotline');
      const phone = parsePhone(number, e.country);
      const href = phone.e164 ?? number.replace(/[^\d+]/g, '');
      return (
        `<aside class="callout callout--hotline"><p class="callout__title">${esc(label(e, 'hotline'))}</p>\n` +
        `<p class="callout__number"><a href="tel:${esc(href)}">${esc(number)}</a></p>\n`
      );
    },
  });

  container(md, 'quote', {
    validate: (info) => /^quote\s+\S/.test(info.trim()),
    render(tokens, idx, _o, env) {
      const token = tokens[idx]!;
      const e = env as PressEnv;
      if (token.nesting === 1) return '<figure class="callout callout--quote"><blockquote>\n';
      // The attribution is on the opening line; find it by walking back to the matching opener.
      let depth = 0;
      let open = idx;
      for (let i = idx; i >= 0; i--) {
        if (tokens[i]!.type === 'container_quote_close') depth++;
        if (tokens[i]!.type === 'container_quote_open' && --depth === 0) {
          open = i;
          break;
        }
      }
      const [name, ...role] = params(tokens[open]!.info, 'quote').split(',');
      const roleText = role.join(',').trim();
      return (
        `</blockquote><figcaption><span class="callout__name">${esc(typeset(name!.trim(), e.lang))}</span>` +
        (roleText ? `, <span class="callout__role">${esc(typeset(roleText, e.lang))}</span>` : '') +
        '</figcaption></figure>\n'
      );
    },
  });
}

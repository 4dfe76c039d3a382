// press_tables: a wide table scrolls sideways inside its own focusable region instead of widening the page on phones.
import type { MarkdownIt } from 'markdown-it';
import type { Lang } from '../../lib/languages.ts';
import type { PressEnv } from '../env.ts';

export interface TablesOptions {
  /** Accessible name of the scrolling region, per language. */
  label: Partial<Record<Lang, string>>;
}

export const defaults: TablesOptions = { label: {} };

export default function tables(md: MarkdownIt, options: Partial<TablesOptions> = {}): void {
  const opts = { ...defaults, ...options };
  const open = md.renderer.rules.table_open ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  const close = md.renderer.rules.table_close ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  md.renderer.rules.table_open = (tokens, idx, o, env, self) => {
    const label = md.utils.escapeHtml(opts.label[(env as PressEnv).lang] ?? 'Table');
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}">\n${open(tokens, idx, o, env, self)}`;
  };
  md.renderer.rules.table_close = (tokens, idx, o, env, self) => `${close(tokens, idx, o, env, self)}</div>\n`;
  // Column alignment as a class, not a style attribute, so the site's Content-Security-Policy needs no inline styles.
  for (const rule of ['th_open', 'td_open'] as const) {
    md.renderer.rules[rule] = (tokens, idx, o, _env, self) => {
      const token = tokens[idx]!;
      const align = /text-align:(left|center|right)/.exec(String(token.attrGet('style') ?? ''))?.[1];
      if (align) {
        token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
        token.attrJoin('class', `align-${align}`);
      }
      // A pipe table's header cells head their columns: said so for screen readers (WCAG H63), and kept in the e-mail.
      if (rule === 'th_open') token.attrSet('scope', 'col');
      return self.renderToken(tokens, idx, o);
    };
  }
}

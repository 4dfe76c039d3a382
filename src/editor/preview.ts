// The editor's preview of a release: its header and text as the release page draws them (the same class names, so the
// site's stylesheet applies), the text rendered by the site's own markdown-it pipeline. A problem in the Markdown is
// shown where the text would be, in the words the build would use.
import type { MarkdownIt } from 'markdown-it';
import { jobOf, runJob } from '../markdown/job.ts';
import { t } from '../lib/i18n.ts';
import { isLang, type Lang } from '../lib/languages.ts';
import { formatReleaseDate, parseReleaseDate } from '../lib/dates.ts';
import { typeset } from '../lib/typeset.ts';
import { RELEASE_TYPES, SCOPES } from '../release/schema.ts';
import { escapeXml as esc } from '../lib/xml.ts';

/** The release's page, as much of it as its fields and text make: labels, title, dateline and date, image, text. */
export function previewHtml(md: MarkdownIt, data: Record<string, unknown>, assetUrl: (src: string) => string | undefined): string {
  const lang: Lang = typeof data.lang === 'string' && isLang(data.lang) ? data.lang : 'fr';
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const type = RELEASE_TYPES.find((v) => v === data.type) ?? 'communique';
  const scope = SCOPES.find((v) => v === data.scope) ?? 'global';
  const date = text(data.date);
  const dateText = date && !('error' in parseReleaseDate(date)) ? `<time datetime="${esc(date)}">${esc(formatReleaseDate(date, lang))}</time>` : esc(date);
  const dateline = text(data.dateline);
  const image = (data.image ?? {}) as Record<string, unknown>;
  const heroUrl = text(image.src) ? assetUrl(text(image.src)) : undefined;
  // Images are the files the editor holds (a bare name is one of content/images/).
  const body = runJob(md, { ...jobOf(text(data.body), data), imageUrl: (src) => assetUrl(src) ?? assetUrl(src.split('/').pop()!) });
  const bodyHtml = 'problem' in body
    ? `<p class="preview-banner" role="alert">${esc(`${body.problem.line ? `${t(lang, 'editor.preview.line', { line: String(body.problem.line) })} ` : ''}${body.problem.message}`)}</p>`
    : body.code;
  return [
    `<div class="release" lang="${lang}"><article class="release__article"><header class="release__header">`,
    `<p class="release__labels"><span class="label">${esc(t(lang, `type.${type}`))}</span> <span class="label label--quiet">${esc(t(lang, `scope.${scope}`))}</span></p>`,
    `<h1 class="release__title">${esc(typeset(text(data.title), lang))}</h1>`,
    `<p class="release__meta">${dateline ? `<span class="release__dateline">${esc(typeset(dateline, lang))}</span><span aria-hidden="true"> — </span>` : ''}${dateText}</p>`,
    '</header>',
    heroUrl ? `<figure class="hero"><img src="${esc(heroUrl)}" alt="${esc(text(image.alt))}">${text(image.caption) ? `<figcaption>${esc(typeset(text(image.caption), lang))}</figcaption>` : ''}</figure>` : '',
    `<div class="prose">${bodyHtml}</div>`,
    '</article></div>',
  ].join('');
}

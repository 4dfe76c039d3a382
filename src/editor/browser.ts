// What the editor at /admin/ runs around Sveltia CMS, in the author's browser:
// - release files are read and written by src/release/file-format.ts, as the importer writes them, so an edit to one
//   field changes that field's lines only (Sveltia's own YAML writer would rewrite the whole front matter);
// - the preview is the release as readers will see it: the site's markdown-it pipeline and the site's stylesheet.
import './no-eval.ts';
import { formatRelease, parseRelease } from '../release/file-format.ts';
import { createMarkdown } from '../markdown/index.ts';
import type { Glossary } from '../markdown/glossary.ts';
import type { Lang } from '../lib/languages.ts';
import { RELEASE_FORMAT } from './config.ts';
import { previewHtml } from './preview.ts';
import { RELEASE_DATE_FIELD, releaseDateControl } from './date-field.ts';

/** What the page gives the script (src/pages/admin/index.astro): the glossaries, the stylesheets. */
export interface EditorPageData {
  glossaries: Partial<Record<Lang, Glossary>>;
  /** The form's words that the configuration does not carry, in the site's first language. */
  words: { monthOnly: string };
  /** The site's stylesheet, as built. */
  stylesheet: string;
  /** The organisation's colours, as the pages set them. */
  themeCss: string;
}

interface Sveltia {
  registerCustomFormat(name: string, extension: string, methods: { fromFile: (text: string) => unknown; toFile: (value: Record<string, unknown>) => string }): void;
  registerPreviewStyle(style: string, options?: { raw?: boolean }): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerFieldType(name: string, control: unknown): void;
  init(): Promise<void>;
}
interface PreviewProps {
  entry: { getIn(path: string[]): unknown; toJS?(): unknown };
  getAsset(path: string): { toString(): string } | undefined;
}
type Window = typeof globalThis & {
  CMS?: Sveltia;
  CMS_MANUAL_INIT?: boolean;
  h?: (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  createClass?: (spec: Record<string, unknown>) => unknown;
};

const page = JSON.parse(document.getElementById('editor-data')!.textContent!) as EditorPageData;
const w = window as Window;

/** The entry's fields as plain values (Sveltia hands them over as an Immutable map). */
function plain(value: unknown): unknown {
  const v = value as { toJS?: () => unknown } | undefined;
  return typeof v?.toJS === 'function' ? v.toJS() : value;
}

/** The value without the keys the editor adds for itself (list items' ids, "__sc_item_id"). */
function withoutEditorKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEditorKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('__sc_')).map(([k, v]) => [k, withoutEditorKeys(v)]));
}

function register(cms: Sveltia): void {
  cms.registerCustomFormat(RELEASE_FORMAT, 'md', {
    // The editor does not say which file it is reading: a file it cannot read is named by its title line.
    fromFile: (text) => {
      try {
        const { data, body } = parseRelease(text);
        return { ...data, body };
      } catch (error) {
        const title = /^title:[ \t]*(.*)$/m.exec(text)?.[1]?.trim() ?? '';
        throw new Error((error as Error).message.replace(/^release:(\d+)/gm, `The release titled "${title}", line $1`));
      }
    },
    toFile: ({ body, ...data }) => formatRelease(withoutEditorKeys(data) as Record<string, unknown>, typeof body === 'string' ? body : ''),
  });
  cms.registerFieldType(RELEASE_DATE_FIELD, releaseDateControl(w.h!, w.createClass!, page.words.monthOnly));
  cms.registerPreviewStyle(page.stylesheet);
  cms.registerPreviewStyle(page.themeCss, { raw: true });
  const md = createMarkdown({ glossaries: page.glossaries });
  cms.registerPreviewTemplate('communiques', ({ entry, getAsset }) => {
    const data = plain(entry.getIn(['data'])) as Record<string, unknown>;
    const html = previewHtml(md, data, (src) => getAsset(src)?.toString());
    return w.h!('div', { dangerouslySetInnerHTML: { __html: html } });
  });
}

// Sveltia starts by itself once loaded unless told to wait: it waits until the format and the preview are registered.
w.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = '/admin/sveltia-cms.js';
script.addEventListener('load', () => {
  register(w.CMS!);
  void w.CMS!.init();
});
document.head.append(script);

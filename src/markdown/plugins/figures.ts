// press_figures: images must be local files with real alt text; they go through Astro's image pipeline, and an image alone in a paragraph becomes a <figure> with caption and credit.
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { typeset } from '../../lib/typeset.ts';
import { MarkdownContentError, type PressEnv } from '../env.ts';
import { IMAGES_DIR, imagePath } from '../../release/image-path.ts';

export interface FiguresOptions {
  /** Where a bare file name ("formation.jpg") is looked up, relative to the release file. */
  imagesDir: string;
  /** Widths Astro generates for each image, and the sizes hint for browsers. */
  widths: number[];
  sizes: string;
  /** Whether an image file exists (the build's check; without it, images are not looked for). */
  exists?: (file: URL) => boolean;
}

export const defaults: FiguresOptions = {
  imagesDir: IMAGES_DIR,
  widths: [480, 800, 1200],
  sizes: '(min-width: 60rem) 42rem, 100vw',
};

// "Caption. © OIM 2017": the credit starts at the copyright sign.
const CREDIT_RE = /\s*(©.*)$/;

export default function figures(md: MarkdownIt, options: Partial<FiguresOptions> = {}): void {
  const opts = { ...defaults, ...options };

  md.core.ruler.after('inline', 'press_figures', (state: StateCore) => {
    const env = state.env as PressEnv;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const block = tokens[i]!;
      if (block.type !== 'inline' || !block.children) continue;
      const line = (block.map?.[0] ?? 0) + 1;
      for (const image of block.children.filter((t) => t.type === 'image')) checkImage(image, env, line, opts);
      const only = block.children.filter((t) => !(t.type === 'text' && t.content.trim() === '') && t.type !== 'softbreak');
      if (only.length === 1 && only[0]!.type === 'image' && tokens[i - 1]?.type === 'paragraph_open') {
        tokens[i - 1]!.type = 'press_figure_open';
        tokens[i - 1]!.tag = 'figure';
        tokens[i - 1]!.attrSet('class', 'figure');
        tokens[i + 1]!.type = 'press_figure_close';
        tokens[i + 1]!.tag = 'figure';
        block.children = only;
        const title = only[0]!.attrGet('title')?.toString();
        if (title) block.meta = { caption: title };
      }
    }
  });

  md.renderer.rules.image = (tokens, idx, o, env) => {
    const token = tokens[idx]!;
    const e = env as PressEnv;
    const src = String(token.attrGet('src'));
    const alt = md.renderer.renderInlineAsText(token.children ?? [], o, env);
    if (e.imageUrl) return `<img src="${md.utils.escapeHtml(e.imageUrl(src) ?? '')}" alt="${md.utils.escapeHtml(alt)}">`;
    e.ids[`img:${src}`] = (e.ids[`img:${src}`] ?? -1) + 1;
    // Astro replaces this marker with the optimised <img> (width, height, srcset, modern formats).
    const props = { src, alt, index: e.ids[`img:${src}`], loading: 'lazy', decoding: 'async', widths: opts.widths, sizes: opts.sizes };
    if (!e.localImagePaths.includes(src)) e.localImagePaths.push(src);
    return `<img __ASTRO_IMAGE_="${md.utils.escapeHtml(JSON.stringify(props))}">`;
  };

  md.renderer.rules.press_figure_close = (tokens, idx, o, env) => {
    const e = env as PressEnv;
    const inline = tokens[idx - 1]!;
    const image = inline.children![0]!;
    const written = (inline.meta as { caption?: string } | null)?.caption ?? '';
    const credit = CREDIT_RE.exec(written)?.[1];
    const caption = typeset(credit ? written.replace(CREDIT_RE, '') : written, e.lang);
    const alt = md.renderer.renderInlineAsText(image.children ?? [], o, env);
    e.figures.push({ src: String(image.attrGet('src')), alt, caption, ...(credit ? { credit } : {}) });
    if (!written) return '</figure>\n';
    const esc = md.utils.escapeHtml;
    return `<figcaption>${esc(caption)}${credit ? ` <span class="figure__credit">${esc(credit)}</span>` : ''}</figcaption></figure>\n`;
  };
}

function checkImage(image: Token, env: PressEnv, line: number, opts: FiguresOptions): void {
  let src = String(image.attrGet('src') ?? '');
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
    throw new MarkdownContentError(
      `image "${src}" is on another site: readers' browsers would fetch it from there. Save it in content/images/ and write its file name`,
      line,
    );
  }
  if (src.startsWith('/')) {
    throw new MarkdownContentError(`image "${src}": write a file name from content/images/ (or a path relative to the release), not a path from the site root`, line);
  }
  if (imagePath(src, opts.imagesDir) !== src) {
    src = imagePath(src, opts.imagesDir);
    image.attrSet('src', src);
  }
  if ((image.children ?? []).every((c) => c.content.trim() === '')) {
    throw new MarkdownContentError(`image "${src}" has no alt text: describe what it shows, as in ![Procureurs en formation à Lima](photo.jpg)`, line);
  }
  if (env.fileURL && opts.exists && !opts.exists(new URL(src, env.fileURL))) {
    throw new MarkdownContentError(`image "${src}" was not found next to the release (content/images/ holds shared images)`, line);
  }
}

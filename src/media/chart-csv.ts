// The photos and charts of a release, for the media kit and the "Photos for the media" list: read from its rendered body.
import { parse } from 'node-html-parser';

export interface MediaImage {
  alt: string;
  caption: string;
  credit?: string;
  /** The optimised image the page shows, and its other sizes. */
  src: string;
  srcset?: string;
  width?: number;
  height?: number;
}

export interface MediaChart {
  /** 1-based position in the release, as in its id chart-n. */
  n: number;
  title: string;
  source?: string;
  /** Header row, then one row per label. */
  rows: string[][];
}

export function mediaOf(html: string): { images: MediaImage[]; charts: MediaChart[] } {
  // Most releases have neither: do not parse them.
  if (!html.includes('<figure')) return { images: [], charts: [] };
  const root = parse(html);
  const images = root.querySelectorAll('figure.figure').flatMap((figure) => {
    const img = figure.querySelector('img');
    if (!img?.getAttribute('src')) return [];
    const credit = figure.querySelector('.figure__credit')?.textContent.trim();
    const captionEl = figure.querySelector('figcaption');
    const caption = (captionEl?.textContent ?? '').replace(credit ?? '\u0000', '').trim();
    return [
      {
        alt: img.getAttribute('alt') ?? '',
        caption,
        credit,
        src: img.getAttribute('src')!,
        srcset: img.getAttribute('srcset'),
        width: Number(img.getAttribute('width')) || undefined,
        height: Number(img.getAttribute('height')) || undefined,
      },
    ];
  });
  const charts = root.querySelectorAll('figure.chart').map((figure, i) => ({
    n: i + 1,
    title: figure.querySelector('.chart__title')?.textContent.trim() ?? '',
    source: figure.querySelector('.chart__source')?.textContent.trim(),
    rows: figure.querySelectorAll('tr').map((tr) => tr.querySelectorAll('th, td').map((c) => c.textContent.trim())),
  }));
  return { images, charts };
}

/** A chart's data as CSV (RFC 4180), for newsrooms that redraw it. */
export function chartCsv(chart: MediaChart): string {
  // Numbers lose the thin spaces that group their digits on the page.
  const plain = (c: string) => (/^[-+]?[\d\s\u00a0\u202f]+([.,]\d+)?\s*%?$/.test(c) ? c.replace(/[\s\u00a0\u202f]/g, '') : c);
  const cell = (c: string) => (/[",\n]/.test(plain(c)) ? `"${plain(c).replace(/"/g, '""')}"` : plain(c));
  return chart.rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The source paths of a body's figures (images alone in their paragraph), in order, as the
 * figures plugin resolves them: a bare file name is in content/images/.
 */
export function figureSources(markdown: string, parseInline: (src: string) => { type: string; src?: string }[][]): string[] {
  return parseInline(markdown)
    .filter((children) => children.filter((c) => !(c.type === 'text' && !c.src) && c.type !== 'softbreak').length === 1 && children.some((c) => c.type === 'image'))
    .map((children) => children.find((c) => c.type === 'image')!.src!)
    .map((src) => (src.startsWith('./') || src.startsWith('../') ? src : `../../images/${src}`));
}

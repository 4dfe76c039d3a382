// The site's HTML for readers away from it — feed readers and mail clients — which have none of its CSS or
// scripts: text meant only for the site's screen-reader users would show, a chart's SVG would not.
import { parse, type HTMLElement } from 'node-html-parser';

/** What only makes sense on the site: hidden helper text, drawings, the controls and wrappers of its CSS. */
const SITE_ONLY = '.visually-hidden, svg, summary, .chart__legend, script, style';

/**
 * The rendered body as a parsed tree, without what only makes sense on the site: a chart shows its data table
 * (captioned with the chart's title) followed by its source.
 */
export function portableTree(html: string): HTMLElement {
  const root = parse(html);
  root.querySelectorAll(SITE_ONLY).forEach((el) => el.remove());
  root.querySelectorAll('figure.chart').forEach((figure) => {
    figure.querySelector('.chart__title')?.remove();
    const source = figure.querySelector('.chart__source');
    if (source) {
      source.remove();
      figure.appendChild(source);
    }
  });
  root.querySelectorAll('details, div.table-scroll').forEach((el) => el.replaceWith(...el.childNodes));
  return root;
}

/** The rendered body for feed readers: as `portableTree`, as HTML; a body with nothing site-only is returned as is. */
export function portableHtml(html: string): string {
  return /class="(visually-hidden|chart|table-scroll)|<svg|<details/.test(html) ? portableTree(html).toString() : html;
}

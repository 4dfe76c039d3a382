// The site's HTML for readers away from it — feed readers and mail clients — which have none of its CSS or
// scripts: text meant only for the site's screen-reader users would show, a chart's SVG would not.
import { parse, type HTMLElement } from 'node-html-parser';

/** What only makes sense on the site: hidden helper text, drawings, headings' anchor links, the controls and wrappers of its CSS. */
function isSiteOnly(el: HTMLElement): boolean {
  return SITE_ONLY_TAGS.has(el.tagName) || SITE_ONLY_CLASSES.some((c) => el.classList.contains(c));
}
const SITE_ONLY_CLASSES = ['visually-hidden', 'chart__legend', 'heading-anchor'];
const SITE_ONLY_TAGS = new Set(['SVG', 'SUMMARY', 'SCRIPT', 'STYLE']);

/** Wrappers whose content stays where they were. */
function isWrapper(el: HTMLElement): boolean {
  return el.tagName === 'DETAILS' || (el.tagName === 'DIV' && (el.classList.contains('table-scroll') || el.classList.contains('heading')));
}

/**
 * The elements under `root`, in document order. Every release goes through here for its feed item and e-mail:
 * a walk over the tree costs far less than matching CSS selectors against it.
 */
export function elementsOf(root: HTMLElement): HTMLElement[] {
  const found: HTMLElement[] = [];
  const visit = (el: HTMLElement) => {
    for (const child of el.childNodes) {
      if (child.nodeType !== 1) continue;
      found.push(child as HTMLElement);
      visit(child as HTMLElement);
    }
  };
  visit(root);
  return found;
}

/**
 * The rendered body as a parsed tree, without what only makes sense on the site: a chart shows its data table
 * (captioned with the chart's title) followed by its source.
 */
export function portableTree(html: string): HTMLElement {
  const root = parse(html);
  const charts: HTMLElement[] = [];
  const wrappers: HTMLElement[] = [];
  const visit = (el: HTMLElement) => {
    for (const child of [...el.childNodes]) {
      if (child.nodeType !== 1) continue;
      const c = child as HTMLElement;
      if (isSiteOnly(c)) {
        c.remove();
        continue;
      }
      if (c.tagName === 'FIGURE' && c.classList.contains('chart')) charts.push(c);
      if (isWrapper(c)) wrappers.push(c);
      visit(c);
    }
  };
  visit(root);
  for (const figure of charts) {
    const inside = elementsOf(figure);
    inside.find((el) => el.classList.contains('chart__title'))?.remove();
    const source = inside.find((el) => el.classList.contains('chart__source'));
    if (source) {
      source.remove();
      figure.appendChild(source);
    }
  }
  for (const el of wrappers) el.replaceWith(...el.childNodes);
  return root;
}

/** The rendered body for feed readers: as `portableTree`, as HTML; a body with nothing site-only is returned as is. */
export function portableHtml(html: string): string {
  return /class="(visually-hidden|chart|table-scroll|heading)|<svg|<details/.test(html) ? portableTree(html).toString() : html;
}

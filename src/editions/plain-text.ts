// A release as plain text for journalists to paste: wrapped lines, links written out, no Markdown or HTML syntax.
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export const WIDTH = 72;

/** Wraps text at `width` columns on ordinary spaces only (no-break spaces hold, URLs stay whole). */
export function wrap(text: string, width = WIDTH, indent = '', firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  // Words are found by scanning for spaces (every release's text passes here: no list of words is built).
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const word = text.slice(start, end);
      if (!empty && line.length + 1 + word.length > width) {
        lines.push(line);
        line = indent + word;
      } else {
        line += (empty ? '' : ' ') + word;
      }
      empty = false;
    }
    start = end + 1;
  }
  if (!empty) lines.push(line);
  return lines.join('\n');
}

function isElement(node: Node): node is HTMLElement {
  return node.nodeType === 1;
}

/** The text of inline content: links written out after their text, hidden helper text dropped. */
export function inlineText(node: Node): string {
  if (!isElement(node)) return node.textContent.replace(/\s+/g, ' ');
  const el = node;
  if (el.classList.contains('visually-hidden') || el.getAttribute('aria-hidden') === 'true') return '';
  const inner = () => el.childNodes.map(inlineText).join('');
  switch (el.tagName) {
    case 'BR':
      return '\n';
    case 'IMG':
      return el.getAttribute('alt') ? `[${el.getAttribute('alt')}]` : '';
    case 'SUP':
      return el.classList.contains('footnote-ref') ? el.textContent.trim() : inner();
    case 'A': {
      const text = inner();
      const href = el.getAttribute('href') ?? '';
      if (!href || href.startsWith('#') || /^(mailto|tel):/.test(href) || href === text.trim() || el.classList.contains('footnote-backref')) {
        return el.classList.contains('footnote-backref') ? '' : text;
      }
      return `${text} (${href})`;
    }
    default:
      return inner();
  }
}

/** Runs of spaces and tabs as one space, none around line breaks, none at either end. */
function clean(text: string): string {
  // A single space is left as it is: most text has nothing else to change.
  const spaced = text.replace(/\t[ \t]*| [ \t]+/g, ' ');
  return (spaced.includes('\n') ? spaced.replace(/ *\n */g, '\n') : spaced).trim();
}

/** Plain text of a rendered release body. */
export function bodyToText(html: string, width = WIDTH): string {
  const root = parse(html);
  const blocks: string[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!isElement(node)) {
        const t = clean(node.textContent);
        if (t) blocks.push(wrap(t, width));
        continue;
      }
      const el = node;
      const cls = el.classList;
      if (cls.contains('heading-anchor')) continue;
      if (/^H[2-6]$/.test(el.tagName)) {
        const text = clean(inlineText(el));
        blocks.push(`${text}\n${(el.tagName === 'H2' ? '=' : '-').repeat(Math.min(width, [...text].length))}`);
      } else if (el.tagName === 'P') {
        blocks.push(clean(inlineText(el)).split('\n').map((l) => wrap(l, width)).join('\n'));
      } else if (el.tagName === 'UL' || el.tagName === 'OL') {
        blocks.push(
          el.childNodes
            .filter((c): c is HTMLElement => isElement(c) && c.tagName === 'LI')
            .map((li, i) => {
              const marker = el.tagName === 'OL' ? `${i + 1}. ` : '- ';
              return wrap(clean(inlineText(li)), width, ' '.repeat(marker.length), marker);
            })
            .join('\n'),
        );
      } else if (el.tagName === 'BLOCKQUOTE') {
        blocks.push(wrap(clean(inlineText(el)), width, '    ', '    '));
      } else if (cls.contains('chart')) {
        const title = clean(el.querySelector('.chart__title')?.textContent ?? '');
        const rows = el.querySelectorAll('tbody tr').map((tr) => {
          const cells = tr.childNodes.filter(isElement).map((c) => clean(c.textContent));
          return `  ${cells[0]}: ${cells.slice(1).join(' / ')}`;
        });
        const heads = el.querySelectorAll('thead th').map((th) => clean(th.textContent)).filter(Boolean);
        const source = el.querySelector('.chart__source');
        blocks.push([wrap(title, width), ...(heads.length > 1 ? [`  (${heads.join(' / ')})`] : []), ...rows, ...(source ? [wrap(clean(source.textContent), width)] : [])].join('\n'));
      } else if (cls.contains('figure')) {
        const img = el.querySelector('img');
        const caption = el.querySelector('figcaption');
        blocks.push(wrap(`[${img?.getAttribute('alt') ?? ''}]${caption ? ` ${clean(caption.textContent)}` : ''}`, width));
      } else if (cls.contains('table-scroll') || el.tagName === 'TABLE') {
        const rows = el.querySelectorAll('tr').map((tr) => tr.childNodes.filter(isElement).map((c) => clean(inlineText(c))));
        const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
        blocks.push(rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n'));
      } else if (cls.contains('callout--quote')) {
        const quote = clean(inlineText(el.querySelector('blockquote')!));
        const by = clean(inlineText(el.querySelector('figcaption')!));
        blocks.push(`${wrap(quote, width, '    ', '    ')}\n${wrap(`— ${by}`, width, '      ', '    ')}`);
      } else if (cls.contains('callout')) {
        const parts = el.childNodes.filter(isElement).map((c) => clean(inlineText(c))).filter(Boolean);
        const number = el.querySelector('.callout__number a')?.getAttribute('href');
        blocks.push(parts.map((p, i) => wrap(i === 1 && number ? `${p} (${number})` : p, width, '  ', '  ')).join('\n'));
      } else if (cls.contains('footnotes')) {
        blocks.push('-'.repeat(20));
        el.querySelectorAll('li').forEach((li, i) => blocks.push(wrap(`[${i + 1}] ${clean(inlineText(li))}`, width, '    ')));
      } else if (el.tagName === 'PRE') {
        blocks.push(el.textContent.replace(/\n$/, ''));
      } else if (el.tagName === 'HR') {
        blocks.push('* * *');
      } else {
        walk(el.childNodes);
      }
    }
  };
  walk(root.childNodes);
  return blocks.filter((b) => b.trim() !== '').join('\n\n');
}

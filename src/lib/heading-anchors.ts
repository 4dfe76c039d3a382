// The release page's heading anchors: beside each body heading, a discreet link to it. Only the web page gets
// them; feeds, e-mails and the text editions take the body as rendered, with plain headings.
import { escapeXml } from '../feeds/feed-xml.ts';

export interface AnchoredHeading {
  slug: string;
  text: string;
}

/**
 * Wraps each heading of `headings` (found by its id, as the Markdown renderer wrote it) with a link to itself.
 * Starlight's pattern: the link sits beside the heading, not inside it, so the heading's name stays its text;
 * the link shows "#" and tells screen readers where it goes with `label(heading text)`.
 */
export function withHeadingAnchors(html: string, headings: readonly AnchoredHeading[], label: (text: string) => string): string {
  if (headings.length === 0) return html;
  const text = new Map(headings.map((h) => [h.slug, h.text]));
  return html.replace(/<(h[1-6]) id="([^"]+)">[\s\S]*?<\/\1>/g, (heading: string, _tag: string, slug: string) => {
    const name = text.get(slug);
    if (name === undefined) return heading;
    return (
      `<div class="heading">${heading}` +
      `<a class="heading-anchor" href="#${slug}"><span aria-hidden="true">#</span><span class="visually-hidden">${escapeXml(label(name))}</span></a></div>`
    );
  });
}

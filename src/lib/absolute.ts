// Rewrites the links and image sources of rendered HTML as absolute URLs, for feeds and e-mails read away from the site.
export function absolutize(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src|srcset)="([^"]*)"/g, (_whole, attr: string, value: string) => {
    if (attr === 'srcset') {
      const rewritten = value
        .split(',')
        .map((part) => {
          const [url, ...rest] = part.trim().split(/\s+/);
          return [resolve(url!, pageUrl), ...rest].join(' ');
        })
        .join(', ');
      return `${attr}="${rewritten}"`;
    }
    return `${attr}="${resolve(value, pageUrl)}"`;
  });
}

function resolve(value: string, base: string): string {
  // mailto:, tel:, https: and the like are already absolute.
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  try {
    return new URL(value.replace(/&amp;/g, '&'), base).href.replace(/&/g, '&amp;');
  } catch {
    return value;
  }
}

// Old URLs (a release's aliases) → its current URL: a static page per alias, and a _redirects file for hosts that read one.
import { escapeXml } from '../lib/xml.ts';

export interface Redirect {
  /** The old path, as the author wrote it ("/fr/news/old-url" or "/old.html"). */
  from: string;
  to: string;
  title: string;
  lang: string;
}

/** The file that answers an old path on a static host: "/a/b" → "a/b/index.html", "/a/b.html" → "a/b.html". */
export function redirectFile(from: string): string {
  const path = from.replace(/^\/+/, '');
  return /\.html?$/i.test(path) ? path : `${path.replace(/\/?$/, '/')}index.html`;
}

/** A page that sends browsers and search engines on at once, and shows a link for everyone else. */
export function redirectPage(r: Redirect, absoluteTo: string): string {
  const to = escapeXml(absoluteTo);
  return `<!DOCTYPE html>
<html lang="${escapeXml(r.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeXml(r.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${to}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p><a href="${escapeXml(r.to)}">${escapeXml(r.title)}</a></p>
</body>
</html>
`;
}

/** Netlify/Cloudflare Pages syntax: "from to 301", one line each; both "/old" and "/old/" are listed. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines: string[] = [];
  for (const r of redirects) {
    const from = r.from.replace(/\/+$/, '') || '/';
    lines.push(`${from} ${r.to} 301`);
    if (!/\.html?$/i.test(from) && from !== '/') lines.push(`${from}/ ${r.to} 301`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

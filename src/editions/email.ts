// The e-mail edition of a release: one self-contained HTML message (inline styles, table layout, ≤ 600 px, absolute URLs) for a press list.
import type { HTMLElement } from 'node-html-parser';
import type { Contact } from '../release/contact-schema.ts';
import type { Lang } from '../lib/languages.ts';
import { escapeXml as escape } from '../lib/xml.ts';
import { contactMeans } from '../contacts/directory.ts';
import { elementsOf, portableTree } from '../lib/portable-html.ts';

export interface EmailFacts {
  lang: Lang;
  title: string;
  labels: string[];
  meta: string;
  url: string;
  /** Rendered body, with absolute URLs. */
  bodyHtml: string;
  contacts: Contact[];
  organization: string;
  organizationUrl: string;
  logoPng: string;
  accent: string;
  text: { viewOnline: string; contacts: string; contactsIntro: string; email: string; phone: string; mobile: string; footer: string };
  /** "{label} : {value}" in French, "{label}: {value}" in English. */
  field: (label: string, value: string) => string;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif';
const INK = '#1a1d21';
const MUTED = '#565e6b';

const STYLES: Record<string, string> = {
  P: `margin:0 0 16px;font-size:16px;line-height:1.5;color:${INK}`,
  H2: `margin:24px 0 8px;font-size:20px;line-height:1.3;color:${INK}`,
  H3: `margin:20px 0 8px;font-size:18px;line-height:1.3;color:${INK}`,
  H4: `margin:16px 0 8px;font-size:16px;color:${INK}`,
  UL: 'margin:0 0 16px;padding-left:24px',
  OL: 'margin:0 0 16px;padding-left:24px',
  LI: `margin:0 0 6px;font-size:16px;line-height:1.5;color:${INK}`,
  BLOCKQUOTE: `margin:16px 0;padding:0 0 0 12px;border-left:4px solid #d5dbe3;font-style:italic;color:${INK}`,
  TABLE: 'border-collapse:collapse;margin:0 0 16px;font-size:14px',
  TH: `padding:4px 8px;border-bottom:1px solid #d5dbe3;text-align:left;color:${INK}`,
  TD: `padding:4px 8px;border-bottom:1px solid #d5dbe3;color:${INK}`,
  CAPTION: `text-align:left;font-weight:bold;padding:0 0 6px;color:${INK}`,
  FIGURE: 'margin:16px 0',
  FIGCAPTION: `font-size:13px;color:${MUTED};margin:6px 0 0`,
  IMG: 'display:block;width:100%;max-width:552px;height:auto;border:0',
  ASIDE: 'margin:16px 0;padding:12px 16px;background:#f3f5f8',
  SECTION: 'margin:24px 0 0;padding:12px 0 0;border-top:1px solid #d5dbe3;font-size:14px',
  SUP: 'font-size:11px;line-height:0',
};

/** Rewrites the site's HTML for mail clients: what only makes sense on the site removed (portableTree), every element styled inline. */
export function emailBody(html: string, accent: string): string {
  const root = portableTree(html);
  for (const el of elementsOf(root)) if (el.tagName === 'ABBR') el.replaceWith(...el.childNodes);
  elementsOf(root).forEach((el: HTMLElement) => {
    const style = el.tagName === 'A' ? `color:${accent};text-decoration:underline` : STYLES[el.tagName];
    const keep = ['href', 'src', 'alt', 'id', 'scope', 'colspan', 'rowspan', 'lang'];
    for (const name of Object.keys(el.attributes)) if (!keep.includes(name)) el.removeAttribute(name);
    // Mail clients that ignore CSS (Outlook) size images by their width attribute: the column's width.
    if (el.tagName === 'IMG') el.setAttribute('width', '552');
    if (style) el.setAttribute('style', style);
  });
  return root.toString();
}

export function emailHtml(f: EmailFacts): string {
  const contacts = f.contacts
    .map(
      (c) =>
        `<p style="margin:0 0 12px;font-size:15px;line-height:1.5;color:${INK}"><strong>${escape(c.name)}</strong>` +
        [c.role, c.office].filter(Boolean).map((x) => `<br>${escape(x!)}`).join('') +
        contactMeans(c)
          .map((m) => `<br>${f.field(escape(f.text[m.kind]), m.href ? `<a href="${escape(m.href)}" style="color:${f.accent}">${escape(m.text)}</a>` : escape(m.text))}`)
          .join('') +
        '</p>',
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${f.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(f.title)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f5f8;${FONT}">
<table role="presentation" style="width:100%;border-collapse:collapse;background:#f3f5f8"><tbody>
<tr><td style="padding:16px 8px">
<table role="presentation" style="width:100%;max-width:600px;margin:0 auto;border-collapse:collapse;table-layout:fixed;background:#ffffff;${FONT}"><tbody>
<tr><td style="padding:16px 24px;background:${f.accent}">
<a href="${escape(f.organizationUrl)}" style="color:#ffffff;text-decoration:none;font-size:16px;font-weight:bold"><img src="${escape(f.logoPng)}" width="40" height="40" alt="" style="vertical-align:middle;border:0;margin-right:10px">${escape(f.organization)}</a>
</td></tr>
<tr><td style="padding:10px 24px;font-size:13px;color:${MUTED}"><a href="${escape(f.url)}" style="color:${f.accent}">${escape(f.text.viewOnline)}</a></td></tr>
<tr><td style="padding:8px 24px 0">
<p style="margin:0 0 8px;font-size:12px;font-weight:bold;letter-spacing:1px;text-transform:uppercase;color:${f.accent}">${f.labels.map(escape).join(' · ')}</p>
<h1 style="margin:0 0 12px;font-size:26px;line-height:1.25;color:${INK}">${escape(f.title)}</h1>
<p style="margin:0 0 20px;font-size:14px;color:${MUTED}">${escape(f.meta)}</p>
${emailBody(f.bodyHtml, f.accent)}
</td></tr>
${
  f.contacts.length
    ? `<tr><td style="padding:8px 24px 16px">
<table role="presentation" style="width:100%;border-collapse:collapse;border-top:4px solid ${f.accent};background:#f3f5f8"><tbody><tr><td style="padding:12px 16px">
<h2 style="margin:0 0 4px;font-size:18px;color:${INK}">${escape(f.text.contacts)}</h2>
<p style="margin:0 0 12px;font-size:14px;color:${MUTED}">${escape(f.text.contactsIntro)}</p>
${contacts}
</td></tr></tbody></table>
</td></tr>`
    : ''
}
<tr><td style="padding:16px 24px;font-size:12px;line-height:1.5;color:${MUTED};border-top:1px solid #d5dbe3">${escape(f.text.footer)}<br><a href="${escape(f.url)}" style="color:${f.accent}">${escape(f.url)}</a></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>
`;
}

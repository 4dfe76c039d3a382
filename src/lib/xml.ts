// Escaping text for XML and HTML written by hand (feeds, sitemaps, e-mails, redirect pages).

// Characters XML 1.0 forbids; a stray one in a content file must not break every feed reader.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text without the characters XML forbids. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '');
}

/** Text as XML or HTML character data or an attribute value in double quotes. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// vCard 4.0 (RFC 6350) for a media contact: escaped values, folded lines, CRLF endings.
import type { Contact } from '../release/contact-schema.ts';
import { parsePhone } from '../lib/phone.ts';

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 6350 §3.2: lines longer than 75 octets are folded with CRLF and one space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface VcardOptions {
  /** The organisation the contact works for. */
  organization: string;
  /** Language of the text values (LANGUAGE parameter is not needed for one language per card). */
  lang: string;
  /** Stable identifier (a URL on the site). */
  uid: string;
}

export function vcard(contact: Contact, options: VcardOptions): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `UID:${options.uid}`, `FN:${escapeText(contact.name)}`];
  const org = [options.organization, contact.office].filter(Boolean).map((v) => escapeText(v!)).join(';');
  if (org) lines.push(`ORG:${org}`);
  if (contact.role) lines.push(`TITLE:${escapeText(contact.role)}`);
  if (contact.email) lines.push(`EMAIL;TYPE=work:${contact.email}`);
  for (const [field, type] of [['phone', 'work,voice'], ['mobile', 'cell,voice']] as const) {
    const written = contact[field];
    if (!written) continue;
    const phone = parsePhone(written);
    lines.push(phone.e164 ? `TEL;VALUE=uri;TYPE=${type}:tel:${phone.e164}` : `TEL;VALUE=text;TYPE=${type}:${escapeText(written)}`);
  }
  lines.push(`LANG:${options.lang}`, 'KIND:individual', 'END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

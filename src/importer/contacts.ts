// Reads the contact block at the end of an archived release into structured contacts; what it cannot read is returned to stay visible.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Contact } from '../lib/contact-schema.ts';
import { cleanLine } from './text.ts';

export interface ContactParse {
  contacts: Contact[];
  /** Pieces of the block that could not be read; they stay in the release's text. */
  leftovers: string[];
  warnings: string[];
}

const INTRO =
  /^\s*(?:pour (?:plus d['’]\s*informations?|de plus amples informations|toute information)|for (?:further|more) information|para (?:más|mayor) información)[^,:\n]*,?[ \t]*(?:(?:veuillez|please|sírvase|favor de)\s+)?(?:contacter|contactez|contact|póngase en contacto con|contacte con|contactar a|comunicarse con)?\s*:?\s*/i;
const EMAIL_LABEL = /\b(?:e-?mail|courriel|correo(?:\s+electr[óo]nico)?|mail)\s*\.?\s*:?\s*/i;
const PHONE_LABEL = /\b(?:t[ée]l[ée]?(?:phone|[ée]fono)?|tel|phone|mobile|m[óo]vil|cel(?:ular)?|fax)\s*\.?\s*:?\s*/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const OFFICE = /^(?:(?:l['’]\s*|la\s+|el\s+|the\s+)?(?:OIM|IOM|ONU|UN)\b)/;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|de la|da|van|von|Mac|Mc))*$/u;
const SEPARATOR = /(?:^|\s+)(?:or|ou|o)\s+/;

/** Splits the block into items: lines, then " or "/" ou "/" o ", then commas (not those inside phone numbers). */
function items(block: string): string[] {
  return block
    .split('\n')
    .flatMap((line) => line.split(SEPARATOR).flatMap((part, i) => (i > 0 ? ['\u0000', part] : [part])))
    .flatMap((part) => (part === '\u0000' ? [part] : part.split(/,(?!\s*\d{2,}\b)\s*/)))
    .map((p) => p.trim().replace(/[.;]+$/, '').trim())
    .filter((p) => p !== '');
}

/** "l’OIM au Pérou" → "OIM Pérou"; "la OIM en el Perú" → "OIM Perú"; "OIM Lima" stays. */
export function normaliseOffice(text: string): string {
  return text
    .replace(/^(?:l['’]\s*|la\s+|el\s+|the\s+)/i, '')
    .replace(/^((?:OIM|IOM|ONU|UN)\b)\s+(?:en el|en la|de la|au|aux|en|à|in|del|de)\s+/, '$1 ')
    .trim();
}

/**
 * Formats a written number in international form, or says why it cannot. "+593.2.22.53.948/49"
 * (two numbers sharing a prefix) keeps the first, and is marked partial so the text stays visible.
 */
export function normalisePhone(written: string): { phone?: string; partial?: boolean; warning?: string } {
  const first = written.replace(/\s*\/\s*\d{1,3}$/, '');
  const number = parsePhoneNumberFromString(first.replace(/^\+\s+/, '+').replace(/[.]/g, ' '));
  if (!number || !number.isValid()) return { warning: `phone "${written}" could not be read as a full international number; it is kept in the text` };
  if (written === first) return { phone: number.formatInternational() };
  return { phone: number.formatInternational(), partial: true, warning: `phone "${written}": the first number was kept, and the text is kept as written` };
}

export function parseContactBlock(block: string): ContactParse {
  const warnings: string[] = [];
  const leftovers: string[] = [];
  const contacts: Contact[] = [];
  let defaultOffice: string | undefined;
  let current: Partial<Contact> | undefined;
  const flush = () => {
    if (!current) return;
    if (current.name) {
      contacts.push({ name: current.name, ...(current.office ?? defaultOffice ? { office: current.office ?? defaultOffice } : {}), ...(current.email ? { email: current.email } : {}), ...(current.phone ? { phone: current.phone } : {}) });
    } else if (current.email || current.phone) {
      leftovers.push([current.email, current.phone].filter(Boolean).join(', '));
      warnings.push(`contact without a name (${[current.email, current.phone].filter(Boolean).join(', ')}) kept in the text`);
    }
    current = undefined;
  };

  // Markup debris ("mailto:…">, "" target=…) is cleaned first; the block itself is kept as received elsewhere.
  const cleaned = block
    .replace(INTRO, '')
    .split('\n')
    .map((line, n) => cleanLine(line, n).text)
    .join('\n');
  for (const item of items(cleaned)) {
    if (item === '\u0000') {
      flush();
      continue;
    }
    if (EMAIL_LABEL.test(item) || EMAIL.test(item)) {
      const email = EMAIL.exec(item)?.[0];
      if (!email) {
        warnings.push(`empty e-mail in the contact block ("${item}")`);
        continue;
      }
      current ??= {};
      if (current.email) {
        flush();
        current = {};
      }
      current.email = email.toLowerCase();
      const rest = item.replace(EMAIL_LABEL, '').replace(email, '').trim();
      if (rest) leftovers.push(rest);
      continue;
    }
    if (PHONE_LABEL.test(item) || /^\+\s?\d/.test(item)) {
      const written = item.replace(PHONE_LABEL, '').trim();
      const result = normalisePhone(written);
      if (result.warning) warnings.push(result.warning);
      if (result.phone) {
        current ??= {};
        current.phone = result.phone;
      }
      if (!result.phone || result.partial) leftovers.push(item);
      continue;
    }
    if (OFFICE.test(item)) {
      const office = normaliseOffice(item);
      if (current?.name) current.office = office;
      else defaultOffice = office;
      continue;
    }
    if (NAME.test(item) && item.split(/\s+/).length <= 6) {
      if (current?.name) flush();
      current ??= {};
      current.name = item;
      continue;
    }
    leftovers.push(item);
    warnings.push(`contact block: "${item}" was not understood and is kept in the text`);
  }
  flush();
  return { contacts, leftovers, warnings };
}

export { INTRO as CONTACT_BLOCK_INTRO };

// Phone numbers as written by authors ("+ 51.1.221 7209") → a readable form and an E.164 tel: link.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

export interface Phone {
  /** What readers see: international form with the country's own grouping, "+51 1 2217209", never broken across lines. */
  display: string;
  /** E.164, for tel: links and vCards: "+5112217209". */
  e164?: string;
}

// A site has few numbers, repeated on thousands of pages (default contacts, the same offices): each is read once.
const read = new Map<string, Readonly<Phone>>();

/** Reads a number; one written without its country code is read as a number of `country`, when given. */
export function parsePhone(written: string, country?: string): Readonly<Phone> {
  const key = `${country ?? ''} ${written}`;
  let phone = read.get(key);
  if (!phone) read.set(key, (phone = Object.freeze(readPhone(written, country))));
  return phone;
}

function readPhone(written: string, country?: string): Phone {
  const number = phoneNumberOf(written, country);
  if (!number) return { display: unbreakable(written.trim()) };
  return { display: unbreakable(number.formatInternational()), e164: number.number };
}

/**
 * A valid number as written by an author or an old export ("+ 51.1.221 7209": a space after "+", dots between
 * groups), undefined when it is not one; without its country code, read as a number of `country` when given.
 * The site and the importer read numbers with this one rule.
 */
export function phoneNumberOf(written: string, country?: string): PhoneNumber | undefined {
  const cleaned = written.trim().replace(/^\+\s+/, '+').replace(/\./g, ' ');
  const number = parsePhoneNumberFromString(cleaned, country as CountryCode | undefined);
  return number?.isValid() ? number : undefined;
}

function unbreakable(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

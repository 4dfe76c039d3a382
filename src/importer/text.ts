// Text helpers of the importer: normalised lines, the words it compares, repairs of characters old exports lost, markup debris.
import { decodeHTMLStrict } from 'entities';
import { STOPWORDS } from './vocabulary.ts';
import type { Lang } from '../lib/languages.ts';

/** How an archived file's bytes were read. */
export type Encoding = 'UTF-8' | 'UTF-8 encoded twice' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/**
 * An archived file's bytes as text. UTF-8 when they are valid UTF-8; UTF-16 when a byte-order mark says
 * so (Windows "Unicode" text); otherwise Windows-1252, in which older Western systems exported French,
 * English and Spanish ("é", "ñ", curly quotes, "€"), rather than replacement marks where those letters were.
 * UTF-8 that was encoded a second time on its way out of an old system ("PÃ©rou", "lâ€™OIM") is undone.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
  const once = encodedTwice(text);
  return once === undefined ? { text, encoding: 'UTF-8' } : { text: once, encoding: 'UTF-8 encoded twice' };
}

// Characters Windows-1252 gives bytes 0x80–0x9F; the others it shares with Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * The text once decoded, when it is UTF-8 read as Windows-1252 and saved again: every character has a
 * Windows-1252 byte, those bytes are valid UTF-8, and they hold letters beyond ASCII. Otherwise undefined.
 */
export function encodedTwice(text: string): string | undefined {
  if (!/[ÃÂâÅÆ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]/.test(text)) return undefined;
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    const high = CP1252_HIGH.indexOf(c);
    if (high !== -1) bytes.push(0x80 + high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/** The input as lines: no byte-order mark, \n line ends, lines of spaces (ordinary or no-break) made empty, trailing spaces gone. */
export function lines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    // trimEnd, not a regular expression: a long run of spaces inside a line would make one quadratic.
    .map((l) => l.trimEnd());
}

/**
 * The words of a text, as the lossless check compares them: letters and digits, NFC, with apostrophes
 * and quotes left out (they are punctuation, and the importer may straighten them).
 */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface Repair {
  from: string;
  to: string;
}

// Exports that lost "œ" print "mise en uvre", "nous uvrons": these words have no other reading.
const LOST_OE: [RegExp, (m: string) => string][] = [
  [/(?<!\p{L})[Uu]vr(?:e|es|ent|er|ons|ez|ant|é|ée|és|ées|ait|aient|era|eront|erait)(?!\p{L})/gu, (m) => (m[0] === 'U' ? 'Œu' : 'œu') + m.slice(1)],
  [/(?<!\p{L})([Mm])anuvr\p{L}*/gu, (m) => `${m[0]}anœ${m.slice(3)}`],
];

// HTML character references an export left as they were written: "&quot;", "&eacute;", "&#8217;", "&nbsp;".
const REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;

/** Decodes the HTML character references of a line, saying which (each once); "AT&T" and "&foo;" stay as they are. */
export function decodeReferences(text: string): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let out = text.replace(REFERENCE, (reference) => {
    const character = decodeHTMLStrict(reference);
    if (character === reference) return reference;
    if (!repairs.some((r) => r.from === reference)) repairs.push({ from: reference, to: character });
    return character;
  });
  // A no-break space beside an ordinary one ("et &nbsp; des") holds nothing together: one space is left.
  if (repairs.length) out = out.replace(/ *\u00a0+ */g, (run) => (run.includes(' ') ? ' ' : run));
  return { text: out, repairs };
}

/** Puts back characters lost by old exports, saying what was changed. */
export function repairText(text: string): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let out = text;
  for (const [re, fix] of LOST_OE) {
    out = out.replace(re, (m) => {
      const to = fix(m);
      repairs.push({ from: m, to });
      return to;
    });
  }
  return { text: out, repairs };
}

/** One removal of markup left in the text by an export, with what it was. */
export interface Removal {
  what: string;
  text: string;
  line: number;
}

// What HTML left behind when exports stripped tags but not their attributes. Each pattern is
// specific enough never to match prose: an attribute list closed by ">", a quoted file path, a CSS rule.
// The CSS properties exports leave in text, with their suffixes ("border-bottom", "font-size").
const CSS_PROPERTY = String.raw`(?:border|margin|padding|width|height|float|font|color|background|text-align|vertical-align|line-height|display)(?:-[a-z]+)*`;
const DEBRIS: { what: string; re: RegExp; outsideTags?: boolean }[] = [
  { what: 'image tag remnant', re: /"[^"\s]*\.(?:jpe?g|png|gif|webp|svg)"(?:\s+[a-z-]+="[^"]*")*\s*\/?>/gi },
  // An opening quote, then CSS declarations (known properties only), up to whatever follows them.
  { what: 'inline style', re: new RegExp(String.raw`"(?:\s*${CSS_PROPERTY}\s*:\s*[^;"<>]*;)+\s*(?:"\s*>?|>)?`, 'gi') },
  { what: 'inline style', re: new RegExp(String.raw`"?${CSS_PROPERTY}\s*:\s*[^"<>]{0,300}?;\s*(?:"|(?=\s*$))(?:\s*>)?`, 'gi') },
  // The rest of such a rule, cut onto the next line by a hard wrap: declarations with CSS values open the line.
  { what: 'inline style', re: new RegExp(String.raw`^(?:\s*${CSS_PROPERTY}\s*:\s*[^;"<>]*?(?:\d(?:px|pt|em|%)|rgb\(|#[\da-f]{3,6}\b|\b(?:solid|dotted|dashed|none|auto|bold|left|right|center)\b)[^;"<>]*;)+\s*(?:"\s*>?)?`, 'gi') },
  { what: 'inline style', re: /\b[A-Z]+(?:-[A-Z]+)+\s*:\s*[^;"<>]*;?\s*(?:"\s*>?)?/g },
  { what: 'event handler', re: /\s*\bon[a-z]+="[^"]{0,300}"\s*>?/gi },
  // A link box's attributes, spaced out ("alt= "#" onclick= "window.open('http://…"), its address perhaps cut at
  // the line's end — outside a tag: an HTML tag is kept whole, and warned about.
  { what: 'link box attributes', re: /\s*\b(?:alt|href|src|on[a-z]+)\s*=\s*"[^"\n]*(?:"\s*>?|(?=\n|$))/gi, outsideTags: true },
  { what: 'empty link', re: /\s*""(?:\s+[a-z-]+(?:="[^"]*")?)*\s*(?:=|>)?/g },
  { what: 'link attributes', re: /\s*(?:target|title|class|style|rel)="[^"]{0,300}"\s*>?/gi },
];

// A run of CSS declarations that a hard wrap cut over two lines or more, perhaps inside a name's value
// ("BORDER-LEFT: rgb(51,102,204) 1px s" / "olid; FLOAT: right">"): it ends with a semicolon or a closing quote.
const DECLARATION = String.raw`${CSS_PROPERTY}\s*:[^;"<>]{0,100}`;
const STYLE_ACROSS = new RegExp(String.raw`"?(?:${DECLARATION};\s*)*${DECLARATION}(?:;(?:[ \t]*")?|")[ \t]*>?`, 'gi');

/**
 * Removes markup debris that a hard wrap spread over several lines (one line's own debris is cleanLine's). The
 * lines keep their number: each keeps what was before or after the debris, and each piece removed is reported
 * with its own line, as the lossless check reads removals.
 */
export function cleanAcrossLines(lines: string[], firstLine: number): { lines: string[]; removals: Removal[] } {
  const removals: Removal[] = [];
  let text = lines.join('\n');
  for (const { what, re } of [{ what: 'inline style', re: STYLE_ACROSS }, ...DEBRIS]) {
    const before = text;
    text = text.replace(re, (whole: string, ...rest: unknown[]) => {
      if (!whole.trim().includes('\n')) return whole;
      const offset = rest.find((x) => typeof x === 'number') as number;
      const line = firstLine + (before.slice(0, offset).match(/\n/g)?.length ?? 0);
      whole.split('\n').forEach((piece, k) => {
        if (piece.trim() !== '') removals.push({ what: `${what} (over several lines)`, text: piece.trim(), line: line + k });
      });
      return '\n'.repeat(whole.split('\n').length - 1);
    });
  }
  return { lines: text.split('\n').map((l) => l.replace(/ {2,}/g, ' ').trimEnd()), removals };
}

/** Whether a match (its replace() arguments after the match: groups, offset, whole text) is inside an HTML tag. */
function insideTag(rest: unknown[]): boolean {
  const offset = rest.find((x) => typeof x === 'number') as number;
  const text = rest.find((x) => typeof x === 'string' && x.length >= offset) as string;
  return /<[a-z][^<>]*$/i.test(text.slice(Math.max(0, offset - 500), offset));
}

/**
 * Removes markup debris from one line. A "mailto:" remnant whose link showed its own address keeps the address;
 * one that showed another address is left as it is (and warned about as markup): either way round would put
 * the two addresses in another order than the input's, and the author knows which one is meant.
 */
export function cleanLine(line: string, lineNumber: number): { text: string; removals: Removal[] } {
  const removals: Removal[] = [];
  let text = line.replace(/"mailto:([^"\s]{1,254})"\s*>\s*([^\s"<>]{1,64}@[^\s"<>,;]{1,253}?)(?=[.,;)]?(?:\s|$))/g, (whole, address: string, shown: string) => {
    if (shown.toLowerCase() !== address.toLowerCase()) return whole;
    removals.push({ what: 'mailto link remnant', text: whole.slice(0, whole.lastIndexOf(shown)).trim(), line: lineNumber });
    return shown;
  });
  for (const { what, re, outsideTags } of DEBRIS) {
    text = text.replace(re, (whole: string, ...rest: unknown[]) => {
      if (outsideTags && insideTag(rest)) return whole;
      removals.push({ what, text: whole.trim(), line: lineNumber });
      return whole.startsWith(' ') && whole.endsWith(' ') ? ' ' : '';
    });
  }
  return { text: removals.length ? text.replace(/ {2,}/g, ' ').trim() : text, removals };
}

/** Which of the three languages a text is in, by its most frequent short words. */
export function detectLanguage(text: string): Lang {
  const counts: Record<Lang, number> = { fr: 0, en: 0, es: 0 };
  for (const w of words(text.toLowerCase())) for (const lang of ['fr', 'en', 'es'] as const) if (STOPWORDS[lang].has(w)) counts[lang]++;
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] as Lang) ?? 'fr';
}

/** Markup that is still there after cleaning: the importer keeps it visible and warns. */
export function looksLikeMarkup(text: string): boolean {
  return /<\/?[a-z][^>]*>|\b[a-z-]+="[^"]*"|">|&[a-z]+;/i.test(text);
}

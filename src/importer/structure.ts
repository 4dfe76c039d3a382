// Finds the parts of an archived release — header, title, caption, paragraphs, contact block — and says where each word went.
import { cleanAcrossLines, cleanLine, decodeReferences, lines as toLines, repairText, type Removal, type Repair } from './text.ts';
import { dateLine, parseDateline, type FoundDate } from './datelines.ts';
import { CAPTION, CONTACT_INTRO, CONTACT_PHRASE, RELATED_LINKS, SCOPE_LABELS, SECTION_TITLE, TYPE_LABELS, key } from './vocabulary.ts';
import { findMenu, isShort } from './menu.ts';
import type { ReleaseType } from '../release/schema.ts';

/** Where a piece of the input went; every word of the input belongs to exactly one segment. */
export type SegmentKind = 'labels' | 'menu' | 'furniture' | 'title' | 'title-repeat' | 'date-line' | 'caption' | 'body' | 'related-links' | 'contacts';

export interface Segment {
  kind: SegmentKind;
  text: string;
  /** 1-based line of the input where it starts. */
  line: number;
  /** Every input line it covers (1-based). */
  lines: number[];
}

export interface Block {
  kind: 'paragraph' | 'list' | 'heading';
  /** For a paragraph or a heading, one item; for a list, its items. */
  items: string[];
  /** A numbered list. */
  ordered?: boolean;
  line: number;
}

export interface Structure {
  type?: ReleaseType;
  scope?: 'global' | 'local';
  labels?: string;
  title?: string;
  /** A line before or after the title holding only the release's date ("Posted: 12 June 2017"). */
  dateLine?: FoundDate;
  caption?: string;
  blocks: Block[];
  contactBlock?: string;
  segments: Segment[];
  removals: Removal[];
  repairs: Repair[];
  warnings: string[];
}

// What press releases end with before the contacts: "###", "-ENDS-", "- FIN -", "-30-".
const END_MARK = /^(?:#{3,}|[-–—]*\s*(?:ends?|fin|fine)\s*[-–—]*|[-–—]\s*30\s*[-–—])$/i;
// A line of prose: ten words or more, or six ending a sentence. A related-links box (link titles, markup) holds none.
const PROSE = /^(?:\S+\s+){9,}\S|^(?:\S+\s+){5,}\S*[.!?»"”]$/;
// A line of a contact block: an address, a phone number, the words that open one.
const CONTACT_LIKE = new RegExp(String.raw`@|\+\s*\d|\b(?:tel|tél|phone|mobile|móvil|email|e-mail|courriel)\b|${CONTACT_PHRASE.source}`, 'i');
const NUMBERED = /^\s*(\d{1,2})[.)]\s+(?=\S)/;
const BULLET = /^\s*[•·▪●◦*-]\s+/;
const ENDS_SENTENCE = /[.!?:;»"”)…]$/;
// What surely ends a sentence, even with a quote or bracket closed after it. A line in lower case after any other
// ending goes on the line before ("… la situación es crítica”" / "y la ayuda continuará…"): no paragraph starts so.
const ENDS_FOR_SURE = /[.!?…]["”»)’]*$/;
// A straight or curly closing double quote, then a space, punctuation or the end: not one opening a quotation.
// (A closing » keeps its space: French sets one before it.)
const CLOSING_QUOTE = /^["”](?=$|[\s.,;:!?)])/;

export interface StructureOptions {
  /** Lines (as key()) that open or close many files of the batch being imported: the website's, not the release's. */
  furniture?: ReadonlySet<string>;
}

export function structure(raw: string, options: StructureOptions = {}): Structure {
  const out: Structure = { blocks: [], segments: [], removals: [], repairs: [], warnings: [] };
  // Character references first, so that "Pour plus d&#8217;informations" opens the contact block like the others;
  // runs of spaces (fixed-width exports pad lines with hundreds) as one, which also keeps every pattern linear.
  const all = toLines(raw).map((line) => {
    const decoded = decodeReferences(line.replace(/ {2,}/g, ' ').replace(/\t{2,}/g, '\t'));
    for (const r of decoded.repairs) if (!out.repairs.some((known) => known.from === r.from)) out.repairs.push(r);
    return decoded.text;
  });
  // The batch's furniture closing the file: a footer, an "About us" box. Not a contact line, which an office
  // repeats at the end of its releases, and not a section of the release's own ("About IOM").
  if (options.furniture?.size) {
    let end = all.length;
    while (end > 0 && (all[end - 1]!.trim() === '' || (options.furniture.has(key(all[end - 1]!)) && !CONTACT_LIKE.test(all[end - 1]!) && !SECTION_TITLE.test(all[end - 1]!.trim())))) end--;
    // An "About us" box the batch repeats goes with its title.
    if (end < all.length && end > 0 && SECTION_TITLE.test(all[end - 1]!.trim())) end--;
    const footer = all.slice(end).filter((l) => l.trim() !== '');
    if (footer.length) {
      out.segments.push({ kind: 'furniture', text: footer.join('\n'), line: end + 1, lines: all.slice(end).flatMap((l, k) => (l.trim() === '' ? [] : [end + k + 1])) });
      out.removals.push({ what: 'site furniture (the same lines close other files of the batch)', text: footer.join(' | '), line: end + 1 });
      all.length = end;
    }
  }
  let i = 0;
  const skipBlank = () => {
    while (i < all.length && all[i]!.trim() === '') i++;
  };
  const segment = (kind: SegmentKind, text: string, line: number, lines: number[] = [line]) => out.segments.push({ kind, text, line, lines });
  const nonBlank = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k).filter((n) => all[n]!.trim() !== '').map((n) => n + 1);

  // 1. Label header: a type label, then a scope label — first, or right after a menu.
  const takeLabels = () => {
    skipBlank();
    if (out.labels) return;
    const first = all[i]?.trim() ?? '';
    const nextIndex = all.findIndex((l, j) => j > i && l.trim() !== '');
    const second = nextIndex === -1 ? '' : all[nextIndex]!.trim();
    if (TYPE_LABELS[key(first)] && SCOPE_LABELS[key(second)]) {
      out.type = TYPE_LABELS[key(first)];
      out.scope = SCOPE_LABELS[key(second)];
      out.labels = `${first} / ${second}`;
      segment('labels', `${first}\n${second}`, i + 1, [i + 1, nextIndex + 1]);
      i = nextIndex + 1;
    } else if (TYPE_LABELS[key(first)] && isShort(first) && nextIndex !== -1) {
      out.type = TYPE_LABELS[key(first)];
      out.labels = first;
      segment('labels', first, i + 1);
      i++;
    }
  };
  takeLabels();

  // 2. Navigation header: the website's menu, whatever its words (see menu.ts), or the batch's furniture.
  skipBlank();
  const menu = findMenu(all, i, options.furniture);
  if (menu) {
    const menuLines = all.slice(menu.start, menu.end).filter((l) => l.trim() !== '');
    const repeated = options.furniture ? menuLines.filter((l) => options.furniture!.has(key(l))).length : 0;
    segment('menu', menuLines.join('\n'), menu.start + 1, nonBlank(menu.start, menu.end));
    out.removals.push({
      what: repeated === menuLines.length ? 'site furniture (the same lines open other files of the batch)' : 'website navigation menu',
      text: menuLines.join(' | '),
      line: menu.start + 1,
    });
    i = menu.end;
  }
  takeLabels();

  // 3. Title, maybe printed twice, and a photo caption; a line with the release's date may come before or after it.
  const takeDateLine = () => {
    skipBlank();
    const found = i < all.length && !out.dateLine ? dateLine(all[i]!) : undefined;
    if (!found) return;
    out.dateLine = found;
    segment('date-line', all[i]!.trim(), i + 1);
    out.removals.push({ what: 'date line (the release is dated by it)', text: all[i]!.trim(), line: i + 1 });
    i++;
    skipBlank();
  };
  takeDateLine();
  if (i < all.length) {
    // A hard-wrapped title goes on on the next lines (see titleLines).
    const n = titleLines(all, i);
    const written = all
      .slice(i, i + n)
      .map((l) => l.trim())
      .join(' ');
    const repaired = repairText(written);
    out.title = repaired.text;
    out.repairs.push(...repaired.repairs);
    segment('title', out.title, i + 1, nonBlank(i, i + n));
    if (n > 1) out.warnings.push(`lines ${i + 1}-${i + n}: the title was on ${n} lines and was joined; check it`);
    i += n;
    skipBlank();
    if (i < all.length && key(all[i]!) === key(out.title)) {
      segment('title-repeat', all[i]!.trim(), i + 1);
      out.removals.push({ what: 'title printed twice', text: all[i]!.trim(), line: i + 1 });
      i++;
      skipBlank();
    }
    takeDateLine();
    // A caption, hard-wrapped or not: its lines up to a blank line (at most three short ones, no dateline among
    // them), or its first line alone.
    let end = i;
    while (end < all.length && end - i < 4 && all[end]!.trim() !== '') end++;
    const block = all.slice(i, end).map((l) => l.trim());
    const wrappedCaption =
      block.length > 1 &&
      block.length <= 3 &&
      // ended by a blank line with text after it (not by the end of the file)
      all.slice(end).some((l) => l.trim() !== '') &&
      block.every((l, k) => l.length <= 100 && (k === 0 || !parseDateline(l))) &&
      CAPTION.test(block.join(' '));
    const lines = wrappedCaption ? block.length : CAPTION.test(block[0] ?? '') ? 1 : 0;
    const caption = block.slice(0, lines).join(' ');
    if (lines > 0 && caption.length < 300) {
      out.caption = caption;
      segment('caption', caption, i + 1, nonBlank(i, i + lines));
      out.warnings.push(`line ${i + 1}: a photo caption was kept as the first paragraph; add the photo or remove it`);
      i += lines;
    }
  }

  // 4. The body, up to the contact block; a related-links box, before or after the contact block, is removed with
  // its links. Debris a hard wrap spread over lines goes first (in the body and the contact block alike), so that a
  // box's title it hid is seen.
  const across = cleanAcrossLines(all.slice(i), i + 1);
  all.splice(i, all.length - i, ...across.lines);
  out.removals.push(...across.removals);
  let contactAt = i;
  while (contactAt < all.length && !CONTACT_INTRO.test(all[contactAt]!.trim())) contactAt++;
  const relatedBox = (from: number) => {
    let end = from + 1;
    // Its links: short lines and markup, up to the contact block or a line of prose.
    while (end < all.length && !CONTACT_INTRO.test(all[end]!.trim()) && !(from < contactAt && end >= contactAt) && !PROSE.test(all[end]!.trim())) end++;
    const box = all.slice(from, end).filter((x) => x.trim() !== '').join('\n');
    segment('related-links', box, from + 1, nonBlank(from, end));
    out.removals.push({ what: 'related links box', text: box.replace(/\n/g, ' | '), line: from + 1 });
    return end;
  };
  // A box's title, maybe cut over two lines by a hard wrap ("Liens" / "connexes").
  const boxTitle = (n: number) => RELATED_LINKS.test(all[n]!.trim()) || (n + 1 < all.length && RELATED_LINKS.test(`${all[n]!.trim()} ${all[n + 1]!.trim()}`) && /^\S+$/.test(all[n]!.trim()));
  const bodyLines: { text: string; line: number }[] = [];
  for (; i < all.length; i++) {
    const l = all[i]!.trim();
    if (CONTACT_INTRO.test(l)) break;
    if (boxTitle(i)) {
      i = relatedBox(i) - 1;
      // What follows the box is another paragraph.
      bodyLines.push({ text: '', line: i + 1 });
    } else if (END_MARK.test(l)) out.removals.push({ what: 'end-of-release mark', text: l, line: i + 1 });
    else bodyLines.push({ text: all[i]!, line: i + 1 });
  }
  const contactLines: number[] = [];
  for (; i < all.length; i++) {
    if (boxTitle(i)) i = relatedBox(i) - 1;
    else if (all[i]!.trim() !== '') contactLines.push(i);
  }
  if (contactLines.length > 0) {
    const block = contactLines.map((n) => all[n]!).join('\n');
    out.contactBlock = block;
    segment('contacts', block, contactLines[0]! + 1, contactLines.map((n) => n + 1));
  }

  // Clean each line (markup debris, lost characters) before finding paragraphs.
  const cleaned = bodyLines.map(({ text, line }) => {
    const { text: clean, removals } = cleanLine(text, line);
    out.removals.push(...removals);
    const { text: repaired, repairs } = repairText(clean);
    out.repairs.push(...repairs);
    return { text: repaired, line, blank: text.trim() === '' };
  });
  for (const l of cleaned) if (!l.blank && l.text.trim() !== '') segment('body', l.text, l.line);
  out.blocks = paragraphs(cleaned.filter((l) => l.blank || l.text.trim() !== ''), out.warnings);
  return out;
}

// A line a title cannot end with: it stops on an article, a preposition or a conjunction.
const CUT_AFTER = /(?:^|\s)(?:de|des|du|la|le|les|l['’]|d['’]|à|au|aux|et|en|sur|par|pour|dans|of|the|a|an|and|in|on|for|to|by|with|from|del|el|los|las|y|con|para|por|un|una|une)$/i;

// A line this long was most likely cut by a hard wrap (exports wrap at 60-80 columns): a short one was not.
const WRAPPED_WIDTH = 45;

/**
 * How many lines the title on line `i` takes. A hard-wrapped title goes on while a line is cut — the next
 * starts in lower case, this one ends on an article or a preposition, or it is as long as wrapped lines are —
 * up to three lines, and a blank line, a photo caption or the first paragraph's dateline follows it. In
 * exports without blank lines, the line after a title is its first paragraph, followed by another.
 */
function titleLines(all: string[], i: number): number {
  let n = 1;
  while (n < 3) {
    const line = all[i + n - 1]!.trim();
    const next = all[i + n]?.trim() ?? '';
    if (next === '' || next.length > 100 || line.length > 100 || ENDS_SENTENCE.test(line) || CAPTION.test(next) || key(next) === key(all[i]!)) break;
    if (!/^\p{Ll}/u.test(next) && !CUT_AFTER.test(line) && line.length < WRAPPED_WIDTH) break;
    n++;
  }
  if (n === 1) return 1;
  const after = all[i + n]?.trim() ?? '';
  return after === '' || parseDateline(after) || CAPTION.test(after) ? n : 1;
}


/** Groups lines into paragraphs and lists: hard-wrapped blocks are joined, one-paragraph-per-line exports kept apart. */
function paragraphs(body: { text: string; line: number; blank: boolean }[], warnings: string[]): Block[] {
  const groups: { text: string; line: number }[][] = [[]];
  for (const l of body) {
    if (l.blank) {
      if (groups.at(-1)!.length) groups.push([]);
    } else groups.at(-1)!.push({ text: l.text.trim(), line: l.line });
  }
  const blocks: Block[] = [];
  const filled = groups.filter((g) => g.length);
  for (const group of filled) {
    // Hard-wrapped exports break lines at ~60-80 characters and separate paragraphs with blank
    // lines; navigation exports put one paragraph per line with no blank line. A lone group is
    // hard-wrapped only if most of its lines stop mid-sentence.
    const inner = group.slice(0, -1);
    const short = inner.length > 0 && inner.every((l) => l.text.length <= 100);
    const midSentence = inner.filter((l) => !ENDS_SENTENCE.test(l.text)).length;
    const wrapped = short && (filled.length > 1 || midSentence * 2 > inner.length);
    let current: Block | undefined;
    const push = (b: Block) => {
      blocks.push(b);
      current = b;
    };
    for (const [n, l] of group.entries()) {
      const bullet = BULLET.test(l.text);
      const text = l.text.replace(BULLET, '');
      if (bullet) {
        if (current?.kind === 'list' && !current.ordered) current.items.push(text);
        else push({ kind: 'list', items: [text], line: l.line });
        continue;
      }
      // A section title releases share ("Background", "À propos de l’OIM"), alone on its line.
      if (SECTION_TITLE.test(l.text.trim())) {
        push({ kind: 'heading', items: [l.text.trim().replace(/\s*:$/, '')], line: l.line });
        current = undefined;
        continue;
      }
      // "1. …", "2) …": a numbered list, from 1 and in order (a wrapped line may start with another number).
      const numbered = NUMBERED.exec(l.text);
      if (numbered) {
        const number = Number(numbered[1]);
        const item = l.text.slice(numbered[0].length);
        if (number === 1) {
          push({ kind: 'list', ordered: true, items: [item], line: l.line });
          continue;
        }
        if (current?.kind === 'list' && current.ordered && current.items.length === number - 1) {
          current.items.push(item);
          continue;
        }
      }
      const previous = n > 0 ? group[n - 1]!.text : undefined;
      const continues =
        current !== undefined &&
        (wrapped || (previous !== undefined && !ENDS_FOR_SURE.test(previous) && /^\p{Ll}/u.test(text)));
      if (continues && current) {
        // Paragraphs apart (blank lines between them): a line going on is a hard wrap. One paragraph a line: a cut sentence.
        if (!wrapped && filled.length === 1) warnings.push(`line ${l.line}: a sentence seemed cut (a removed link?) and was joined with the line before`);
        // A closing quotation mark that starts a line belongs to the word before it ("… returns" said).
        current.items[current.items.length - 1] += CLOSING_QUOTE.test(text) ? text : ` ${text}`;
      } else push({ kind: 'paragraph', items: [text], line: l.line });
    }
  }
  return blocks;
}

// A website's menu at the top of an exported page, recognised by its shape — short labels, labels printed twice,
// labels glued to a teaser sentence, "- " items and lone dashes — not by a list of its words, so that a menu the
// importer has never seen is still removed whole.
import { dateLine, parseDateline } from './datelines.ts';
import { CAPTION, MENU_LINES, SCOPE_LABELS, TYPE_LABELS, key } from './vocabulary.ts';

// What ends a sentence (a title seldom does).
const ENDS_SENTENCE = /[.!?:;»"”)…]$/;

/** A menu item written as a list entry: "- Où nous travaillons", "- | Label", or a dash alone. */
export const DASH_ITEM = /^[-–]\s*(?:\|\s*)?(?:\S.*)?$/;

/** A short label: six words at most, no sentence end. */
export function isShort(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length <= 6 && !/[.!?;:]$/.test(t);
}

/**
 * A section label glued to the section's teaser with no space between them: "Notre missionL’Organisation œuvre
 * depuis 1950…", "2030 AGENDAThe Organization…". The label is one to six words ending in a letter, the teaser a
 * sentence of six words or more (ten when its end was cut) that starts with a capital; a name such as "McArthur"
 * or "YouTube" in a title is none of that.
 */
export function gluedLabel(line: string): { label: string; teaser: string } | undefined {
  const t = line.trim();
  const sentence = ENDS_SENTENCE.test(t);
  // A small letter, then a capital ("areThe", "areIOM"); or capitals or digits, then a capitalised word ("AGENDAThe", "2030L’Organisation").
  const junction = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu}{2}|\d)(?=\p{Lu}(?:\p{Ll}|['’]\p{L}))/gu;
  for (const m of t.slice(0, 80).matchAll(junction)) {
    const label = t.slice(0, m.index);
    const teaser = t.slice(m.index);
    const lastWord = label.split(/\s+/).at(-1)!;
    const labelWords = label.split(/\s+/).length;
    // A one-word label is a word of its own ("Mission", not the "You" of "YouTube"); a teaser cut before its end
    // is a long one.
    if (lastWord.length < (labelWords === 1 ? 4 : 3) || labelWords > 6) continue;
    if (teaser.split(/\s+/).length >= (sentence ? 6 : 10)) return { label, teaser };
  }
  return undefined;
}

export interface Menu {
  /** Index of the menu's first line and of the line after its last (the title's). */
  start: number;
  end: number;
}

/**
 * The menu heading the lines from `start`, if there is one: a run of menu-shaped lines, ending where the release's
 * title begins. `furniture` holds lines (as key()) that open many files of the same batch: they are the site's.
 *
 * The run is the lines that are short labels, list items, glued labels or furniture. Either the line that breaks
 * it is the title (it reads like one: no sentence end, not a dateline), or the title is the run's last short line
 * (titles of six words or fewer) — printed twice, perhaps, and maybe followed by a caption or a date line. A run
 * is a menu when it holds a line only menus have (a repeated label, a glued label, a list item, a known menu entry,
 * a line of the batch's furniture) or three lines or more with no blank line between them; a release that merely
 * starts with a short line or two is left alone.
 */
export function findMenu(all: string[], start: number, furniture: ReadonlySet<string> = new Set()): Menu | undefined {
  const isMenuOnly = (n: number) => {
    const l = all[n]!.trim();
    return furniture.has(key(l)) || DASH_ITEM.test(l) || gluedLabel(l) !== undefined;
  };
  const run: number[] = [];
  let blankInside = false;
  let j = start;
  // A blank line after a line only menus have ends the menu: menus are printed without blank lines.
  let blankStop = false;
  for (; j < Math.min(all.length, start + 200); j++) {
    const l = all[j]!.trim();
    if (l === '') {
      if (run.length) blankInside = true;
      if (run.some(isMenuOnly)) {
        blankStop = true;
        break;
      }
      continue;
    }
    const k = key(l);
    // A type label and a scope label ("Communiqué" / "Global") open the release after the menu.
    const next = all.slice(j + 1).find((x) => x.trim() !== '');
    if (run.length > 0 && TYPE_LABELS[k] && next !== undefined && SCOPE_LABELS[key(next)]) {
      return { start, end: j };
    }
    const signal = furniture.has(k) || DASH_ITEM.test(l) || gluedLabel(l) !== undefined || MENU_LINES.has(k) || (run.length > 0 && key(all[run.at(-1)!]!) === k);
    if (!signal && !isShort(l)) break;
    // A second line in lower case goes on from the first: a hard-wrapped title, not a menu.
    if (!signal && run.length > 0 && /^\p{Ll}/u.test(l)) return undefined;
    run.push(j);
  }
  if (run.length < 2) return undefined;
  // After a blank line that ended the menu, the title is the run's last line, printed straight after the menu,
  // unless that line is the menu's own; then it is the line after the blank.
  const last = all[run.at(-1)!]!.trim();
  if (blankStop && (isMenuOnly(run.at(-1)!) || MENU_LINES.has(key(last)))) while (j < all.length && all[j]!.trim() === '') j++;
  const breaking = j < all.length ? all[j]!.trim() : '';
  const titleLike = (l: string) => l !== '' && l.length <= 300 && (!ENDS_SENTENCE.test(l) || /[?!]$/.test(l)) && !parseDateline(l);

  // The title is the line breaking the run, or the run's last short line (before a caption or a date line).
  let end: number;
  // (…and not a first sentence cut where a link was removed, which the next line would carry on in lower case).
  // After a line only menus have (or a known menu entry), the next line is the title, whatever it ends with.
  const after = all.slice(j + 1).find((l) => l.trim() !== '')?.trim() ?? '';
  if (breaking !== '' && (isMenuOnly(run.at(-1)!) || MENU_LINES.has(key(last))) && !/^\p{Ll}/u.test(breaking) && !(TYPE_LABELS[key(breaking)] && SCOPE_LABELS[key(after)])) end = j;
  else if (breaking !== '' && titleLike(breaking) && !/^\p{Ll}/u.test(breaking) && !/^\p{Ll}/u.test(after) && !(TYPE_LABELS[key(breaking)] && SCOPE_LABELS[key(after)])) end = j;
  else {
    let t = run.length - 1;
    while (t > 0 && (CAPTION.test(all[run[t]!]!.trim()) || dateLine(all[run[t]!]!))) t--;
    if (t > 0 && key(all[run[t]!]!) === key(all[run[t - 1]!]!)) t--;
    if (t < 1 || isMenuOnly(run[t]!) || !titleLike(all[run[t]!]!.trim())) return undefined;
    end = run[t]!;
  }
  const menuLines = run.filter((n) => n < end);
  if (menuLines.length === 0) return undefined;
  const strongInMenu = menuLines.filter((n) => {
    const l = all[n]!.trim();
    const k = key(l);
    const before = menuLines[menuLines.indexOf(n) - 1];
    return isMenuOnly(n) || MENU_LINES.has(k) || (before !== undefined && key(all[before]!) === k);
  }).length;
  if (strongInMenu === 0 && (menuLines.length < 3 || blankInside)) return undefined;
  return { start, end };
}

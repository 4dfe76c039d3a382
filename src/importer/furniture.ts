// What repeats across a batch is the website, not the release: lines that open or close many files of one import
// word for word (menus, footers, "About us" boxes).
import { lines } from './text.ts';
import { key } from './vocabulary.ts';

/** How far into a file, and back from its end, lines are compared (menus run to forty lines or more). */
const HEAD = 80;
const TAIL = 30;

/**
 * The lines (as key()) found near the top or the bottom of at least `minFiles` of the texts. A release's own
 * lines — its title, its sentences — are its alone; a contact line an office repeats is never removed (see
 * structure()), and a file's furniture only goes when it opens or closes that file.
 */
export function batchFurniture(texts: Iterable<string>, minFiles = 3): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const kept = lines(text)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const seen = new Set([...kept.slice(0, HEAD), ...kept.slice(-TAIL)].map(key));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= minFiles).map(([k]) => k));
}

// Reads golden fixture files: a case name, then input and expected output, each closed by a line holding one dot.
import { readFileSync } from 'node:fs';

export interface FixtureCase {
  name: string;
  /** Options written after the name in brackets: "Quotes in English [lang=en]". */
  options: Record<string, string>;
  input: string;
  expected: string;
  line: number;
}

/**
 * The format of markdown-it's own fixtures:
 *
 *     Case name [lang=fr]
 *     .
 *     input
 *     .
 *     expected output
 *     .
 *
 * Blank lines between cases are ignored. Invisible characters are written as escapes in both
 * blocks — \u00a0 (no-break space), \u202f (narrow no-break space) — so the files stay readable.
 */
export function readFixtures(path: string): FixtureCase[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: FixtureCase[] = [];
  let i = 0;
  const block = (): string => {
    const start = i;
    while (i < lines.length && lines[i] !== '.') i++;
    if (i >= lines.length) throw new Error(`${path}:${start}: a block is not closed by a "." line`);
    const text = lines.slice(start, i).join('\n');
    i++;
    return text;
  };
  while (i < lines.length) {
    const header = lines[i]!;
    if (header.trim() === '') {
      i++;
      continue;
    }
    const line = i + 1;
    if (lines[i + 1] !== '.') throw new Error(`${path}:${line}: expected a "." line after the case name`);
    i += 2;
    const input = block();
    const expected = block();
    const m = /^(.*?)\s*(?:\[([^\]]*)\])?$/.exec(header)!;
    const options = Object.fromEntries(
      (m[2] ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((kv) => kv.split('=') as [string, string]),
    );
    cases.push({ name: m[1]!, options, input: unescape(input) + '\n', expected: expected ? unescape(expected) + '\n' : '', line });
  }
  return cases;
}

function unescape(text: string): string {
  return text.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// npm run bench:importer — how long the importer takes on archive-shaped files, and on the worst lines an old
// export can hold (long runs of letters, spaces, capitalised words, CSS, spelled-out addresses), against a budget.
// A benchmark, not a test: it prints a table and never fails.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { importRelease } from '../src/importer/index.ts';
import { archiveText } from '../tests/helpers/archive-text.ts';

const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures/importer');
/** Budget for one file, whatever it holds. */
const BUDGET_MS = 250;

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.input.txt'))
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

/** A release whose first paragraph, text and contact block all hold `run`. */
const release = (run: string) => `Communiqué\nGlobal\n\nTitre\n\n${run}\n\nPérou – Texte ${run}.\n\nContact: Jane Doe, ${run}\n`;
const worst: Record<string, string> = {
  '20,000 letters (base64 left by an export)': 'a'.repeat(20_000),
  '20,000 spaces inside a line': `Jane${' '.repeat(20_000)}Doe`,
  '8,000 capitalised words': Array.from({ length: 8_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}`).join(' '),
  '4,000 CSS declarations': `${'border: 1px; '.repeat(4_000)}x`,
  '10,000 dotted letters before an @': `${'a.'.repeat(10_000)}@`,
  '3,000 spelled-out addresses': 'a [at] '.repeat(3_000),
  '4,000 attributes': 'x="y" '.repeat(4_000),
  '10,000 numbers': '1 '.repeat(10_000),
};

// Generated archive-like files of about 100 KB (the property tests' generator, seeded): time must stay linear.
const LARGE_BUDGET_MS = 1000;
const large = fc.sample(archiveText(2_500, 3_500), { numRuns: 5, seed: 1 });

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// Warm up (module loading, the country table) before timing.
for (const text of fixtures) importRelease(text, { date: '2019-06-12' });

const rounds = 20;
const total = time(() => {
  for (let r = 0; r < rounds; r++) for (const text of fixtures) importRelease(text, { date: '2019-06-12' });
});
const rows = Object.entries(worst).map(([name, run]) => {
  const ms = time(() => importRelease(release(run), { date: '2019-06-12' }));
  return `| ${name} | ${ms.toFixed(1)} ms | ${ms <= BUDGET_MS ? 'pass' : 'FAIL'} |`;
});

const largeRows = large.map((text, i) => {
  const ms = time(() => importRelease(text, { date: '2019-06-12' }));
  return `| generated file ${i + 1}, ${(text.length / 1024).toFixed(0)} KB | ${ms.toFixed(1)} ms | ${ms <= LARGE_BUDGET_MS ? 'pass' : 'FAIL'} |`;
});

console.log(`Importer, ${fixtures.length} archive-shaped fixtures × ${rounds}: ${((fixtures.length * rounds) / (total / 1000)).toFixed(0)} files/s (${(total / (fixtures.length * rounds)).toFixed(2)} ms a file)

Worst lines an export can hold (budget: ${BUDGET_MS} ms a file):

| input | time | |
| --- | --- | --- |
${rows.join('\n')}

Generated archive-like files of about 100 KB (budget: ${LARGE_BUDGET_MS} ms a file):

| input | time | |
| --- | --- | --- |
${largeRows.join('\n')}`);

// npm run import -- [options] <file|folder>...: archived plain-text releases → content/communiques/<lang>/<slug>.md.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importRelease, type ImportResult, type Outcome } from '../src/importer/index.ts';
import { decodeText } from '../src/importer/text.ts';
import { batchFurniture } from '../src/importer/furniture.ts';
import { isLang } from '../src/lib/languages.ts';
import { RELEASE_TYPES, type ReleaseType } from '../src/release/schema.ts';

const USAGE = `Usage: npm run import -- [options] <file|folder>...

  --lang fr|en|es     language of the releases (otherwise detected from each text)
  --out <dir>         where to write (default content/communiques)
  --date <date>       publication date, YYYY-MM-DD or YYYY-MM (one file only)
  --type <type>       ${RELEASE_TYPES.join(', ')}
  --force             overwrite files that exist (never done without it)
  --dry-run           print what would be written, write nothing
  --report json       one JSON record per file on standard output, then a summary by outcome
  --help              this text`;

function fail(message: string): never {
  process.stderr.write(`import: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        out: { type: 'string', default: 'content/communiques' },
        date: { type: 'string' },
        type: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        report: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
})();

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.lang !== undefined && !isLang(values.lang)) fail(`--lang must be fr, en or es, not "${values.lang}"`);
if (values.type !== undefined && !(RELEASE_TYPES as readonly string[]).includes(values.type)) fail(`--type must be one of ${RELEASE_TYPES.join(', ')}`);
if (values.report !== undefined && values.report !== 'json') fail('--report takes "json"');
if (positionals.length === 0) fail('name at least one file or folder');

/** Text files named on the command line, folders searched recursively, in a stable order. */
const skipped: string[] = [];
const inputs = positionals.flatMap((p) => {
  if (!existsSync(p)) fail(`${p} does not exist`);
  if (!statSync(p).isDirectory()) return [p];
  const files = readdirSync(p, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(p, f)).isFile())
    .sort()
    .map((f) => join(p, f));
  // In a folder, text files are those ending in .txt (any case); others are named, not silently passed over.
  skipped.push(...files.filter((f) => !/\.txt$/i.test(f)));
  return files.filter((f) => /\.txt$/i.test(f));
});
if (values.date !== undefined && inputs.length !== 1) fail('--date applies to one file only');

const json = values.report === 'json';
const say = (text: string) => (json ? process.stderr : process.stdout).write(`${text}\n`);
const claimed = new Set<string>();
const outcomes: Record<Outcome, number> = { clean: 0, warnings: 0, 'needs review': 0, failed: 0 };

// Every file is read once; a batch is looked at as a whole first, for the lines that open or close many of its
// files (the website's menus and footers), then each file is imported without them.
const decoded = inputs.map((input) => decodeText(readFileSync(input)));
const furniture = inputs.length > 1 ? batchFurniture(decoded.map((d) => d.text)) : undefined;

for (const [n, input] of inputs.entries()) {
  const { text, encoding } = decoded[n]!;
  const result: ImportResult & { input: string; output?: string } = {
    input,
    ...importRelease(text, {
      encoding,
      furniture,
      lang: values.lang as never,
      date: values.date,
      type: values.type as ReleaseType | undefined,
      source: input.split('/').at(-1),
    }),
  };
  if (result.ok && result.path) {
    // Two inputs with the same title in one run get distinct files.
    let path = join(values.out!, result.path);
    for (let k = 2; claimed.has(path); k++) path = join(values.out!, result.path.replace(/\.md$/, `-${k}.md`));
    claimed.add(path);
    result.output = path;
    if (existsSync(path) && !values.force) {
      result.ok = false;
      result.outcome = 'failed';
      result.errors.push(`${path} exists: it is left as it is (use --force to overwrite)`);
    } else if (values['dry-run']) {
      if (!json) say(`--- would write ${path}\n${result.markdown}`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, result.markdown!);
    }
  }
  outcomes[result.outcome]++;

  if (json) {
    const { markdown: _markdown, path: _path, ...record } = result;
    process.stdout.write(`${JSON.stringify(record)}\n`);
  } else {
    const where = result.output ? relative('.', result.output) : input;
    const label = { clean: 'ok    ', warnings: 'ok    ', 'needs review': 'REVIEW', failed: 'FAILED' }[result.outcome];
    say(`${label} ${input}${result.ok ? ` → ${where}` : ''}`);
    for (const r of result.review) say(`         needs review: ${r}`);
    for (const r of result.removals) say(`         removed (${r.what}, line ${r.line}): ${r.text}`);
    // Spaces that cannot be seen are named.
    for (const r of result.repairs) say(`         repaired: ${r.from} → ${r.to.replace(/^\u00a0$/, '(no-break space)').replace(/^\u202f$/, '(narrow no-break space)')}`);
    for (const w of result.warnings) say(`         warning: ${w}`);
    for (const e of result.errors) say(`         error: ${e}`);
  }
  if (inputs.length >= 100 && (n + 1) % 100 === 0) process.stderr.write(`… ${n + 1} of ${inputs.length}\n`);
}

if (skipped.length) say(`not read (not .txt): ${skipped.length} file(s) — ${skipped.join(', ')}; name a file on the command line to import it anyway`);
const written = outcomes.clean + outcomes.warnings + outcomes['needs review'];
if (json) process.stdout.write(`${JSON.stringify({ summary: { files: inputs.length, ...outcomes, skipped: skipped.length, dryRun: values['dry-run'] } })}\n`);
say(
  `${values['dry-run'] ? 'would write' : 'wrote'} ${written} of ${inputs.length}: clean ${outcomes.clean}, warnings ${outcomes.warnings}, needs review ${outcomes['needs review']} (drafts); failed ${outcomes.failed}`,
);
process.exit(outcomes.failed > 0 ? 1 : 0);

// npm run bench -- --size 1000[,5000,10000]: build cost, page weight, search cost and Lighthouse scores, against budgets and a baseline.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { writeCorpus } from './corpus.ts';
import { serve } from '../tests/helpers/serve.ts';
import { startDevServer, uniqueWord, type DevServer } from '../tests/helpers/dev-server.ts';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.ts';
import { markdownIt } from '../src/markdown/processor.ts';
import { readFrontMatter } from '../src/release/front-matter.ts';
import markdownit from 'markdown-it';
import type { MarkdownProcessor } from 'astro/markdown';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, 'bench/work');

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    'no-baseline': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    // Only the dev server's edit latency; the results of earlier runs today are kept.
    'dev-only': { type: 'boolean', default: false },
    // Builds on a shared machine vary by several seconds: each is run this many times and the fastest kept.
    repeat: { type: 'string', default: '2' },
  },
});
const repeat = Math.max(1, Number(values.repeat));

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function fastest(list: Build[]): Build {
  return list.reduce((best, b) => (b.seconds < best.seconds ? b : best));
}
// The search cost, Lighthouse and the dev server's latency are measured in Debian's Chromium.
if (!ensureChromium()) throw new Error(`The benchmark needs ${CHROMIUM} (Debian's chromium package), which could not be installed.`);
const sizes = values['dev-only'] ? [] : values.size!.split(',').map((s) => Number(s.replace(/k$/i, '000')));

interface Build {
  seconds: number;
  /** CPU seconds of the build's processes, all threads and children. */
  cpuSeconds: number;
  peakRssMiB: number;
  /** Share of the machine's CPU time the hypervisor gave to others while the build ran (Linux "steal"): 0 on a quiet machine. */
  steal: number;
  /** Astro's own timings of its two phases, from its log: the content (loading, checking, rendering and storing the releases) and generating the pages. */
  phases?: { content: number; pages: number };
  ok: boolean;
  output: string;
}

/** The seconds Astro reports for collecting build info (which includes syncing the content) and for generating the static routes. */
function astroPhases(log: string): { content: number; pages: number } | undefined {
  const seconds = (m: RegExpMatchArray | null) => (m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : NaN);
  const content = seconds(log.match(/Collecting build info\.\.\.\s*\n[^\n]*Completed in ([\d.]+)(m?s)/));
  const pages = seconds(log.match(/generating static routes[\s\S]*?\n[^\n]*✓ Completed in ([\d.]+)(m?s)/));
  return Number.isFinite(content) && Number.isFinite(pages) ? { content, pages } : undefined;
}

/** The machine's CPU time so far, in clock ticks: all of it, and the part stolen by the hypervisor (/proc/stat). */
function cpuTicks(): { total: number; steal: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

/** Sum of the resident memory of a process and its descendants (Linux /proc), in KiB. */
function treeRss(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(child));
      }
    } catch {
      // The process ended meanwhile.
    }
  };
  visit(pid);
  return total;
}

/**
 * Folders the bench no longer needs are moved here and deleted only when it ends. Deleting thousands of files just
 * before a build makes the file system slower to create the build's own (ext4 without a journal, as on this
 * machine's disk, skips the inodes freed in the last minute one by one: measured, 9 s of kernel time added to a
 * 1,000-release build, growing run after run), which a fresh checkout does not pay.
 */
const TRASH = join(WORK, 'trash');
let discarded = 0;
function discard(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(TRASH, { recursive: true });
  renameSync(path, join(TRASH, `${process.pid}-${discarded++}`));
}

/**
 * What `npm run build` does: astro build, then the search index; wall time in all, peak memory of the larger step.
 * Before the clock starts, the previous output is moved aside and the disk is left to settle (sync), as on a fresh
 * checkout: deleting tens of thousands of files costs the same whatever the build, and its writes would
 * otherwise land in the middle of the next measurement.
 */
async function build(content: string, outDir: string, cache: string, extraEnv: Record<string, string> = {}): Promise<Build> {
  discard(outDir);
  await settle();
  const astro = await step([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], content, cache, extraEnv);
  if (!astro.ok) return astro;
  const index = await step([join(ROOT, 'scripts/search-index.ts'), outDir], content, cache, extraEnv);
  const steal = (astro.steal * astro.seconds + index.steal * index.seconds) / (astro.seconds + index.seconds);
  return { seconds: astro.seconds + index.seconds, cpuSeconds: astro.cpuSeconds + index.cpuSeconds, peakRssMiB: Math.max(astro.peakRssMiB, index.peakRssMiB), steal, phases: astroPhases(astro.output), ok: index.ok, output: astro.output + index.output };
}

function settle(): Promise<void> {
  return new Promise((done) => spawn('sync').on('close', () => setTimeout(done, 1000)));
}

function step(args: string[], content: string, cache: string, extraEnv: Record<string, string>): Promise<Build> {
  return new Promise((done) => {
    const cpuFile = join(WORK, 'cpu-seconds');
    rmSync(cpuFile, { force: true });
    const started = performance.now();
    const ticks = cpuTicks();
    const child = spawn(process.execPath, ['--import', join(ROOT, 'bench/cpu-time.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', COMMUNIQUES_CONTENT: content, COMMUNIQUES_CACHE: cache, COMMUNIQUES_CPU_FILE: cpuFile, ...extraEnv },
    });
    let peak = 0;
    let output = '';
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuSeconds = existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : NaN;
      const now = cpuTicks();
      const steal = now.total > ticks.total ? (now.steal - ticks.steal) / (now.total - ticks.total) : 0;
      done({ seconds: (performance.now() - started) / 1000, cpuSeconds, peakRssMiB: Math.round(peak / 1024), steal, ok: code === 0, output });
    });
  });
}

function gz(bytes: Buffer | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? sum + s.size : sum;
  }, 0);
}

/** HTML, CSS and JavaScript a first visit to a page downloads (images and the search index aside). */
function pageWeight(dist: string, page: string) {
  const html = readFileSync(join(dist, page));
  const text = html.toString();
  const css = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  const js = [...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  const sum = (list: Buffer[], f: (b: Buffer) => number) => list.reduce((s, b) => s + f(b), 0);
  return {
    page,
    htmlBytes: html.length,
    htmlGzip: gz(html),
    cssBytes: sum(css, (b) => b.length),
    cssGzip: sum(css, gz),
    jsBytes: sum(js, (b) => b.length),
    jsGzip: sum(js, gz),
    htmlCssGzip: gz(html) + sum(css, gz),
  };
}

/**
 * Each processor's own time per release, in this thread: markdown-it with our plugins and without any, and Astro's
 * default processor (Sätteri) as the baseline build uses it, so that their costs are compared side by side.
 */
async function renderTimes(content: string) {
  const files = readdirSync(join(content, 'communiques'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  const docs = files.flatMap((f) => {
    const fm = readFrontMatter(readFileSync(join(content, 'communiques', f), 'utf8'), f);
    return 'problems' in fm ? [] : [{ body: fm.body.trim(), data: fm.data, fileURL: pathToFileURL(join(content, 'communiques', f)) }];
  });
  const ours = await markdownIt({ contentDir: content }).createRenderer({});
  const bare = markdownit('default', { html: false, linkify: true });
  const astro = await (await astroDefaultProcessor()).createRenderer({});
  const time = async (render: (d: (typeof docs)[number]) => unknown) => {
    for (const d of docs.slice(0, 50)) await render(d); // warm-up
    const t0 = performance.now();
    for (const d of docs) await render(d);
    return (performance.now() - t0) / docs.length;
  };
  const withPlugins = await time((d) => ours.render(d.body, { frontmatter: d.data, fileURL: d.fileURL }));
  const without = await time((d) => bare.render(d.body));
  // Its highlighter warns once per `chart` fence, a language it does not know (the build prints the same).
  const warn = console.warn;
  console.warn = (...args: unknown[]) => (String(args[0]).startsWith('[Shiki]') ? undefined : warn(...args));
  const astroDefault = await time((d) => astro.render(d.body, { frontmatter: d.data, fileURL: d.fileURL })).finally(() => (console.warn = warn));
  return { releases: docs.length, msPerReleaseWithPlugins: withPlugins, msPerReleaseBare: without, msPerReleaseAstroDefault: astroDefault };
}

/** The processor Astro uses when none is configured: the one Astro itself depends on, with its defaults. */
async function astroDefaultProcessor(): Promise<MarkdownProcessor> {
  const fromAstro = createRequire(fileURLToPath(import.meta.resolve('astro/package.json')));
  const { satteri } = await import(pathToFileURL(fromAstro.resolve('@astrojs/markdown-satteri')).href);
  return satteri();
}

/**
 * Bytes the search page transfers, from load to the first results of one query typed by a reader: the page, its
 * stylesheet and script, Pagefind's script, WebAssembly, metadata, index and result fragments, compressed as a
 * host serves them (gzip for text; Pagefind's index files are compressed already). By request, for the method's table.
 */
async function searchCost(dist: string, lang: 'fr' | 'en', query: string) {
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const transfers: { url: string; bytes: number; beforeQuery: boolean }[] = [];
  let typed = false;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    const beforeQuery = !typed;
    pending.push(
      request.sizes().then((sizes) => {
        transfers.push({ url: request.url().replace(server.url, ''), bytes: sizes.responseBodySize + sizes.responseHeadersSize, beforeQuery });
      }),
    );
  });
  await page.goto(`${server.url}${lang === 'fr' ? '/recherche/' : '/en/search/'}`, { waitUntil: 'networkidle' });
  typed = true;
  await page.locator('#search input').fill(query);
  await page.locator('.search__result-link').first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await browser.close();
  await server.close();
  const sum = (list: typeof transfers) => list.reduce((n, t) => n + t.bytes, 0);
  const pagefind = transfers.filter((t) => t.url.startsWith('/pagefind/'));
  return {
    pageBytes: sum(transfers.filter((t) => t.beforeQuery)),
    queryBytes: sum(transfers.filter((t) => !t.beforeQuery)),
    totalBytes: sum(transfers),
    pagefindBytes: sum(pagefind),
    requests: transfers.length,
    byRequest: transfers.map((t) => ({ url: t.url.replace(/\?.*$/, ''), bytes: t.bytes })),
  };
}

async function lighthouseScores(dist: string, pages: string[]) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serve(dist);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', ...CHROMIUM_ARGS] });
  const scores: Record<string, Record<string, number>> = {};
  for (const page of pages) {
    const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result!.lhr.categories;
    scores[page] = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, v.score ?? 0]));
  }
  chrome.kill();
  await server.close();
  return scores;
}

/**
 * In `astro dev`, how long until an edited release shows its new text in the browser, for each of `edits` edits
 * made while the author has the page open (the first moments after the server starts, when Vite still
 * prepares its dependencies and reloads the page for them, are left out).
 */
async function devEditLatencies(edits = 3): Promise<number[] | undefined> {
  let dev: DevServer | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    // On a copy outside bench/work, which the dev server does not watch.
    dev = await startDevServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const connected = page.waitForEvent('console', { predicate: (m) => m.text().includes('[vite] connected'), timeout: 60_000 });
    await page.goto(`${dev.url}/2017/procureurs-traite-perou/`, { waitUntil: 'load', timeout: 60_000 });
    await connected;
    const file = join(dev.content, 'communiques/fr/2017-procureurs-traite-perou.md');
    const original = readFileSync(file, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      await new Promise((r) => setTimeout(r, 2000));
      const marker = `Phrase ajoutée ${uniqueWord()}.`;
      const started = performance.now();
      writeFileSync(file, `${original}\n${marker}\n`);
      await page.waitForFunction((m) => document.body.innerText.includes(m), marker, { timeout: 30_000 });
      times.push(performance.now() - started);
    }
    return times;
  } catch (error) {
    process.stderr.write(`astro dev could not be measured: ${(error as Error).message.split('\n')[0]}\n`);
    return undefined;
  } finally {
    await browser?.close();
    await dev?.stop();
  }
}

/** One corpus size's measurements, as written to `bench/results/<date>.json`. */
interface SizeResult {
  size: number;
  pages: number;
  /** Every run's wall and CPU seconds, in the order they ran. */
  runs: { cold: number[]; warm: number[]; baseline: number[]; coldCpu: number[]; warmCpu: number[]; baselineCpu: number[]; coldSteal?: number[]; warmSteal?: number[]; baselineSteal?: number[] };
  /** Astro's content and page phases of each cold build and baseline build, in the order they ran. */
  phases?: { cold: ({ content: number; pages: number } | undefined)[]; baseline: ({ content: number; pages: number } | undefined)[] };
  /** Median CPU seconds of each kind of build. */
  cpu: { cold: number; warm: number; baseline?: number };
  cold: { seconds: number; peakRssMiB: number };
  warm: { seconds: number; peakRssMiB: number };
  oneEdit: { seconds: number };
  baseline?: { seconds: number; peakRssMiB: number; ok: boolean };
  ratioToBaseline?: number;
  cpuRatioToBaseline?: number;
  pagesPerSecond: number;
  /** Results written before Astro's processor was timed here have only ours. */
  render: Omit<Awaited<ReturnType<typeof renderTimes>>, 'msPerReleaseAstroDefault'> & { msPerReleaseAstroDefault?: number };
  distBytes: number;
  pagefindBytes: number;
  search: Awaited<ReturnType<typeof searchCost>>;
  weights: ReturnType<typeof pageWeight>[];
  lighthouse?: Record<string, Record<string, number>>;
}

// Runs of the same day accumulate: a size measured again replaces its earlier row.
const date = new Date().toISOString().slice(0, 10);
const resultsFile = join(ROOT, `bench/results/${date}.json`);
const earlier = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { results: SizeResult[]; devMs?: number; devRuns?: number[] }) : undefined;
const results: SizeResult[] = (earlier?.results ?? []).filter((r) => !sizes.includes(r.size));
// Node keeps compiled modules between runs (Astro turns its compile cache on): one untimed build of each pipeline
// on the site's own content, so that neither pays for the first compilation of its modules in a timed run.
process.stderr.write('warm-up builds (not timed)…\n');
await build(join(ROOT, 'content'), join(WORK, 'dist-warm-up'), join(WORK, 'cache-warm-up'));
if (!values['no-baseline']) await build(join(ROOT, 'content'), join(WORK, 'dist-warm-up'), join(WORK, 'cache-warm-up-baseline'), { COMMUNIQUES_PROCESSOR: 'astro-default' });
discard(join(WORK, 'dist-warm-up'));

for (const size of sizes) {
  process.stderr.write(`\n== ${size} releases\n`);
  const content = join(WORK, `corpus-${size}`);
  discard(content);
  writeCorpus({ size, dir: content, seed: 1 });
  cpSync(join(ROOT, 'content/glossary'), join(content, 'glossary'), { recursive: true });
  const dist = join(WORK, `dist-${size}`);
  const cache = join(WORK, `cache-${size}`);
  discard(cache);

  // Our pipeline and the baseline take turns, so that a slower spell of the machine weighs on both alike.
  const baseCache = join(WORK, `cache-baseline-${size}`);
  const colds: Build[] = [];
  const warms: Build[] = [];
  const baselines: Build[] = [];
  for (let r = 0; r < repeat; r++) {
    discard(cache);
    process.stderr.write(`cold build ${r + 1}/${repeat}…\n`);
    colds.push(await build(content, dist, cache));
    if (!colds.at(-1)!.ok) throw new Error(`The ${size}-release corpus did not build:\n${colds.at(-1)!.output.slice(-3000)}`);
    process.stderr.write(`warm build ${r + 1}/${repeat}…\n`);
    warms.push(await build(content, dist, cache));
    if (!values['no-baseline']) {
      process.stderr.write(`baseline build (Astro’s default Markdown processor) ${r + 1}/${repeat}…\n`);
      discard(baseCache);
      baselines.push(await build(content, join(WORK, `dist-baseline-${size}`), baseCache, { COMMUNIQUES_PROCESSOR: 'astro-default' }));
    }
  }
  const cold = { ...fastest(colds), peakRssMiB: Math.max(...colds.map((b) => b.peakRssMiB)) };
  const warm = fastest(warms);
  const baseline = baselines.length ? fastest(baselines) : undefined;
  const one = readdirSync(join(content, 'communiques/fr'))[0]!;
  const onePath = join(content, 'communiques/fr', one);
  const original = readFileSync(onePath, 'utf8');
  writeFileSync(onePath, `${original}\nUne phrase ajoutée pour mesurer une reconstruction.\n`);
  process.stderr.write('rebuild after one edit…\n');
  const edited = await build(content, dist, cache);
  writeFileSync(onePath, original);

  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const releasePage = readdirSync(join(dist, '2015'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('/index.html'))!;
  const weights = [
    pageWeight(dist, 'index.html'),
    pageWeight(dist, `2015/${releasePage}`),
    pageWeight(dist, 'pays/perou/index.html'),
    pageWeight(dist, 'recherche/index.html'),
  ];
  process.stderr.write('markdown-it render times…\n');
  const render = await renderTimes(content);
  process.stderr.write('search…\n');
  const search = await searchCost(dist, 'fr', 'procureurs');
  let lighthouse: Record<string, Record<string, number>> | undefined;
  if (!values['no-lighthouse']) {
    process.stderr.write('Lighthouse…\n');
    lighthouse = await lighthouseScores(dist, ['/', `/2015/${releasePage.replace(/index\.html$/, '')}`]);
  }
  const cpu = { cold: median(colds.map((b) => b.cpuSeconds)), warm: median(warms.map((b) => b.cpuSeconds)), baseline: baselines.length ? median(baselines.map((b) => b.cpuSeconds)) : undefined };
  results.push({
    size,
    pages,
    runs: {
      cold: colds.map((b) => b.seconds),
      warm: warms.map((b) => b.seconds),
      baseline: baselines.map((b) => b.seconds),
      coldCpu: colds.map((b) => b.cpuSeconds),
      warmCpu: warms.map((b) => b.cpuSeconds),
      baselineCpu: baselines.map((b) => b.cpuSeconds),
      coldSteal: colds.map((b) => b.steal),
      warmSteal: warms.map((b) => b.steal),
      baselineSteal: baselines.map((b) => b.steal),
    },
    phases: { cold: colds.map((b) => b.phases), baseline: baselines.map((b) => b.phases) },
    cpu,
    cold: { seconds: cold.seconds, peakRssMiB: cold.peakRssMiB },
    warm: { seconds: warm.seconds, peakRssMiB: warm.peakRssMiB },
    oneEdit: { seconds: edited.seconds },
    baseline: baseline && { seconds: baseline.seconds, peakRssMiB: baseline.peakRssMiB, ok: baseline.ok },
    ratioToBaseline: baseline ? cold.seconds / baseline.seconds : undefined,
    cpuRatioToBaseline: cpu.baseline !== undefined ? cpu.cold / cpu.baseline : undefined,
    pagesPerSecond: pages / cold.seconds,
    render,
    distBytes: dirSize(dist),
    pagefindBytes: dirSize(join(dist, 'pagefind')),
    search,
    weights,
    lighthouse,
  });
}

results.sort((a, b) => a.size - b.size);
const devRuns = values['no-dev'] ? earlier?.devRuns : await devEditLatencies();
const devMs = devRuns ? median(devRuns) : values['no-dev'] ? earlier?.devMs : undefined;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// Budgets (README, "Performance budgets").
const budgets: { name: string; pass: boolean; value: string }[] = [];
for (const r of results) {
  const release = r.weights[1]!;
  budgets.push({ name: `${r.size}: release page HTML + CSS ≤ 14 KB compressed`, pass: release.htmlCssGzip <= 14 * 1024, value: `${(release.htmlCssGzip / 1024).toFixed(1)} KB` });
  budgets.push({ name: `${r.size}: 0 bytes of JavaScript on release and listing pages`, pass: r.weights.slice(0, 3).every((w) => w.jsBytes === 0), value: r.weights.slice(0, 3).map((w) => w.jsBytes).join(', ') });
  budgets.push({ name: `${r.size}: warm build faster than cold`, pass: r.warm.seconds < r.cold.seconds, value: `${r.warm.seconds.toFixed(1)} s vs ${r.cold.seconds.toFixed(1)} s` });
  if (r.baseline && r.ratioToBaseline !== undefined && r.size >= 5000) {
    const paired = r.runs.cold.map((c, i) => c / r.runs.baseline[i]!);
    budgets.push({
      name: `${r.size}: cold build ≤ 1.0× the default-processor baseline (fastest of each)`,
      pass: r.ratioToBaseline <= 1.0,
      value: `${r.ratioToBaseline.toFixed(2)}× (${r.cold.seconds.toFixed(1)} s vs ${r.baseline.seconds.toFixed(1)} s; run by run ${paired.map((x) => x.toFixed(2)).join(', ')}, median ${median(paired).toFixed(2)}×; CPU ${r.cpuRatioToBaseline?.toFixed(2) ?? '—'}×)`,
    });
  }
  if (r.size >= 5000) budgets.push({ name: `${r.size}: the search page transfers ≤ 150 KB from load to a first query's results`, pass: r.search.totalBytes <= 150 * 1024, value: kb(r.search.totalBytes) });
  if (r.size >= 10000) budgets.push({ name: `${r.size}: peak memory under 4 GiB`, pass: r.cold.peakRssMiB < 4096, value: `${r.cold.peakRssMiB} MiB` });
  if (r.lighthouse) {
    for (const [page, s] of Object.entries(r.lighthouse)) {
      budgets.push({ name: `${r.size}: Lighthouse ${page} performance ≥ 0.98`, pass: s.performance! >= 0.98, value: String(s.performance) });
      for (const k of ['accessibility', 'best-practices', 'seo']) budgets.push({ name: `${r.size}: Lighthouse ${page} ${k} = 1`, pass: s[k] === 1, value: String(s[k]) });
    }
  }
}
if (devMs !== undefined) budgets.push({ name: 'astro dev: an edited release shows its new text within 1 s', pass: devMs <= 1000, value: `${Math.round(devMs)} ms` });

/** Every run of three kinds of build (seconds, or what `format` shows): `a, b / c, d / —`. */
const runList = (r: SizeResult, kinds: (keyof SizeResult['runs'])[], format = (x: number) => x.toFixed(1)) =>
  kinds.map((k) => (r.runs[k] ?? []).map(format).join(', ') || '—').join(' / ');
const percent = (x: number) => `${Math.round(100 * x)} %`;
const ms = (x: number) => `${x.toFixed(2)} ms`;
const renderCell = ({ render }: SizeResult) =>
  `${ms(render.msPerReleaseWithPlugins)} (${ms(render.msPerReleaseBare)}) / ${render.msPerReleaseAstroDefault === undefined ? '—' : ms(render.msPerReleaseAstroDefault)}`;
/** How much of the baseline's build its processor accounts for: what the ratio to the baseline can move by. */
const processorShare = (r: SizeResult) => {
  const astro = r.render.msPerReleaseAstroDefault;
  if (astro === undefined || !r.baseline) return '';
  const seconds = (astro * r.render.releases) / 1000;
  return `- ${r.size}: Astro's processor renders the ${r.render.releases} bodies in ${seconds.toFixed(1)} s (${((100 * seconds) / r.baseline.seconds).toFixed(1)} % of the baseline's ${r.baseline.seconds.toFixed(1)} s); markdown-it and our plugins in ${((r.render.msPerReleaseWithPlugins * r.render.releases) / 1000).toFixed(1)} s, which the build spends on a render thread beside the main one.`;
};
/** The fastest content phase and the fastest page phase of each pipeline's cold builds. */
const phaseShare = (r: SizeResult) => {
  if (!r.phases?.baseline.length) return '';
  const best = (list: ({ content: number; pages: number } | undefined)[], key: 'content' | 'pages') => Math.min(...list.flatMap((p) => (p ? [p[key]] : [])));
  const [content, baseContent, pages, basePages] = [best(r.phases.cold, 'content'), best(r.phases.baseline, 'content'), best(r.phases.cold, 'pages'), best(r.phases.baseline, 'pages')];
  if (![content, baseContent, pages, basePages].every(Number.isFinite)) return '';
  return `- ${r.size}: as Astro times them (fastest run of each), the content phase (reading, checking, rendering and storing the releases) took ${content.toFixed(1)} s with ours and ${baseContent.toFixed(1)} s with the baseline (${(content / baseContent).toFixed(2)}×); generating the pages, the same code in both, ${pages.toFixed(1)} s and ${basePages.toFixed(1)} s (${(pages / basePages).toFixed(2)}×).`;
};
const rows = results.map(
  (r) =>
    `| ${r.size} | ${r.pages} | ${r.cold.seconds.toFixed(1)} s | ${r.warm.seconds.toFixed(1)} s | ${r.oneEdit.seconds.toFixed(1)} s | ${r.cold.peakRssMiB} MiB | ${r.pagesPerSecond.toFixed(0)} | ${r.baseline && r.ratioToBaseline !== undefined ? `${r.baseline.seconds.toFixed(1)} s (${r.ratioToBaseline.toFixed(2)}×)` : '—'} | ${r.cpu.baseline !== undefined && r.cpuRatioToBaseline !== undefined ? `${r.cpu.cold.toFixed(1)} s / ${r.cpu.baseline.toFixed(1)} s (${r.cpuRatioToBaseline.toFixed(2)}×)` : `${r.cpu.cold.toFixed(1)} s / —`} | ${renderCell(r)} | ${(r.distBytes / 1048576).toFixed(1)} MB | ${kb(r.pagefindBytes)} | ${kb(r.search.totalBytes)} (${kb(r.search.pageBytes)} + ${kb(r.search.queryBytes)}) |`,
);
const weightRows = results.flatMap((r) =>
  r.weights.map((w) => `| ${r.size} | ${w.page} | ${kb(w.htmlBytes)} / ${kb(w.htmlGzip)} | ${kb(w.cssBytes)} / ${kb(w.cssGzip)} | ${kb(w.jsBytes)} / ${kb(w.jsGzip)} |`),
);
const markdown = `# Benchmark ${date}

Machine: ${process.arch}, Node ${process.versions.node}. Corpus: synthetic releases (bench/corpus.ts), French, English and Spanish.
Build times are the fastest of each size's runs (all listed below), ours and the baseline taking turns; CPU times (all threads and child processes of the build) are the median of the runs; a build is \`npm run build\` (astro build, then the search index), timed from an empty output folder on a settled disk; peak RSS is the larger of the two steps. A cold build starts without Astro's cache folder; a warm one keeps it (content data store and the incremental build's pages).

| releases | pages | cold build | warm build | one file edited | peak RSS | pages/s | baseline (Astro's processor) | CPU: cold / baseline | render per release, in one thread: ours (bare markdown-it) / Astro's | dist/ | Pagefind index | first search transfers (page, then query) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

The processors themselves, timed in one thread on the same bodies (everything else in a build is the same code in both pipelines):

${results.map(processorShare).filter(Boolean).join('\n')}
${results.map(phaseShare).filter(Boolean).join('\n')}

Every run, in seconds of wall time (cold / warm / baseline) and of CPU time (cold / warm / baseline), with the share of the machine's CPU time the hypervisor gave to other machines meanwhile (runs with a large share are slower for reasons outside the build):

${results.map((r) => `- ${r.size}: ${runList(r, ['cold', 'warm', 'baseline'])}; CPU ${runList(r, ['coldCpu', 'warmCpu', 'baselineCpu'])}${r.runs.coldSteal ? `; CPU time stolen by the hypervisor ${runList(r, ['coldSteal', 'warmSteal', 'baselineSteal'], percent)}` : ''}`).join('\n')}

Page weight (raw / gzip):

| releases | page | HTML | CSS | JavaScript |
| --- | --- | --- | --- | --- |
${weightRows.join('\n')}

What the search page transfers for a first query ("procureurs"), request by request, compressed as a host serves it:

${results.map((r) => `- ${r.size}: ${r.search.byRequest.map((t) => `${t.url} ${kb(t.bytes)}`).join(', ')}`).join('\n')}

${results.map((r) => (r.lighthouse ? `Lighthouse (${r.size}): ${Object.entries(r.lighthouse).map(([p, s]) => `${p} ${JSON.stringify(s)}`).join('; ')}` : '')).join('\n')}

${devMs !== undefined ? `astro dev, edit to visible text: ${Math.round(devMs)} ms${devRuns ? ` (median of ${devRuns.length} edits: ${devRuns.map((t) => Math.round(t)).join(', ')} ms)` : ''}` : ''}

## Budgets

| budget | value | |
| --- | --- | --- |
${budgets.map((b) => `| ${b.name} | ${b.value} | ${b.pass ? 'pass' : 'FAIL'} |`).join('\n')}
`;
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(resultsFile, JSON.stringify({ date, results, devMs, devRuns, budgets }, null, 2) + '\n');
writeFileSync(join(ROOT, `bench/results/${date}.md`), markdown);
process.stdout.write(markdown);
rmSync(TRASH, { recursive: true, force: true });

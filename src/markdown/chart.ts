// Charts drawn at build time: a small YAML/CSV table becomes an accessible SVG (bar or line) plus the same data as a table.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartSpec {
  title: string;
  kind: 'bar' | 'line';
  unit?: string;
  source?: string;
  labels: string[];
  series: ChartSeries[];
}

/** A problem in chart data, with the line inside the chart block (1-based) when known. */
export interface ChartProblem {
  message: string;
  line?: number;
}

// Beyond this, axis steps lose their precision (or overflow to infinity) and the chart cannot be drawn.
const LARGEST = 1e15;
const TOO_LARGE = `is too large to draw: write numbers of at most 15 digits, or change the unit (thousands, millions)`;
const finite = z
  .number({ error: 'must be a number' })
  .refine(Number.isFinite, 'must be a finite number')
  .refine((v) => Math.abs(v) <= LARGEST, TOO_LARGE);
const label = z.union([z.string(), z.number()]).transform(String);

const chartSchema = z
  .strictObject({
    title: z
      .string({ error: (issue) => (issue.input === undefined ? 'is required: say what the chart shows' : 'must be text') })
      .trim()
      .min(1, 'is required: say what the chart shows'),
    kind: z.enum(['bar', 'line']).default('bar'),
    unit: z.string().trim().min(1).optional(),
    source: z.string().trim().min(1).optional(),
    labels: z.array(label).min(1).max(60).optional(),
    series: z.array(z.strictObject({ name: z.string().trim().min(1), values: z.array(finite).min(1) })).min(1).max(6).optional(),
    csv: z.string().optional(),
  })
  .refine((c) => (c.csv === undefined) !== (c.labels === undefined && c.series === undefined), {
    message: 'give the data either as "labels" and "series", or as "csv" — one of the two',
  });

/** Reads a chart block; returns the chart or the problems, with their lines. */
export function parseChart(source: string): { chart: ChartSpec } | { problems: ChartProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        line: lineCounter.linePos(e.pos[0]).line,
      })),
    };
  }
  const parsed = chartSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const node = issue.path.length ? (doc.getIn(issue.path as unknown[], true) as { range?: [number] } | undefined) : undefined;
        const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
        const field = issue.path.join('.');
        return { message: `${field ? `${field}: ` : ''}${issue.message}`, line };
      }),
    };
  }
  const { csv, labels, series, ...rest } = parsed.data;
  const data = csv !== undefined ? parseCsv(csv) : { labels: labels!, series: series! };
  if ('problems' in data) {
    const csvLine = source.split('\n').findIndex((l) => /^csv\s*:/.test(l)) + 2;
    return { problems: data.problems.map((p) => ({ message: p.message, line: p.line === undefined ? undefined : csvLine + p.line - 1 })) };
  }
  const wrong = data.series.find((s) => s.values.length !== data.labels.length);
  if (wrong) {
    return {
      problems: [{ message: `series "${wrong.name}" has ${wrong.values.length} values for ${data.labels.length} labels: give one value per label` }],
    };
  }
  return { chart: { ...rest, ...data } };
}

/** "year,Cases\n2014,552": the first column holds the labels, each other column a series. */
function parseCsv(csv: string): { labels: string[]; series: ChartSeries[] } | { problems: ChartProblem[] } {
  const rows = csv
    .split('\n')
    .map((line, i) => ({ cells: line.split(',').map((c) => c.trim()), line: i + 1 }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length < 2) return { problems: [{ message: 'csv needs a header row and at least one row of data' }] };
  const [header, ...body] = rows;
  const series: ChartSeries[] = header!.cells.slice(1).map((name) => ({ name, values: [] }));
  if (series.length === 0) return { problems: [{ message: 'csv needs at least two columns: labels, then values', line: header!.line }] };
  const labels: string[] = [];
  for (const row of body) {
    if (row.cells.length !== header!.cells.length) {
      return { problems: [{ message: `csv row has ${row.cells.length} cells, the header ${header!.cells.length}`, line: row.line }] };
    }
    labels.push(row.cells[0]!);
    for (let i = 0; i < series.length; i++) {
      const value = Number(row.cells[i + 1]!.replace(/[\s\u00a0\u202f]/g, ''));
      if (row.cells[i + 1] === '' || !Number.isFinite(value)) {
        return { problems: [{ message: `"${row.cells[i + 1]}" is not a number`, line: row.line }] };
      }
      if (Math.abs(value) > LARGEST) return { problems: [{ message: `"${row.cells[i + 1]}" ${TOO_LARGE}`, line: row.line }] };
      series[i]!.values.push(value);
    }
  }
  return { labels, series };
}

export interface ChartLabels {
  source: string;
  data: string;
  /** "{title}: {summary}" read by screen readers; {summary} lists the values. */
  label: string;
}

const W = 480;
const H = 300;
const PAD = { top: 24, right: 8, bottom: 40, left: 56 };

/** An SVG and table for the chart; `id` must be unique in the page; numbers are written the way `lang` writes them. */
export function renderChart(chart: ChartSpec, id: string, lang: string, labels: ChartLabels, escape: (s: string) => string): string {
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const fmt = (v: number) => nf.format(v) + (chart.unit === '%' ? '\u202f%' : '');
  const values = chart.series.flatMap((s) => s.values);
  const [lo, hi, step] = niceScale(Math.min(0, ...values), Math.max(0, ...values));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const band = plotW / chart.labels.length;
  const parts: string[] = [];

  for (let v = lo; v <= hi + step / 2; v += step) {
    const yy = y(v).toFixed(1);
    parts.push(`<line class="chart__grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${yy}" y2="${yy}"/>`);
    parts.push(`<text class="chart__tick" x="${PAD.left - 8}" y="${yy}" text-anchor="end" dominant-baseline="middle">${escape(fmt(v))}</text>`);
  }
  chart.labels.forEach((l, i) => {
    const x = (PAD.left + band * (i + 0.5)).toFixed(1);
    parts.push(`<text class="chart__label" x="${x}" y="${H - PAD.bottom + 22}" text-anchor="middle">${escape(l)}</text>`);
  });

  chart.series.forEach((s, si) => {
    const cls = `chart__series chart__series--${si + 1}`;
    if (chart.kind === 'bar') {
      const barW = (band * 0.7) / chart.series.length;
      s.values.forEach((v, i) => {
        const x = PAD.left + band * i + band * 0.15 + barW * si;
        const top = Math.min(y(v), y(0));
        const h = Math.abs(y(v) - y(0));
        parts.push(`<rect class="${cls}" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"/>`);
        parts.push(`<text class="chart__value" x="${(x + barW / 2).toFixed(1)}" y="${(top - 6).toFixed(1)}" text-anchor="middle">${escape(fmt(v))}</text>`);
      });
    } else {
      const pts = s.values.map((v, i) => `${(PAD.left + band * (i + 0.5)).toFixed(1)},${y(v).toFixed(1)}`);
      parts.push(`<polyline class="${cls}" fill="none" points="${pts.join(' ')}"/>`);
      s.values.forEach((v, i) => {
        const [px, py] = pts[i]!.split(',');
        parts.push(`<circle class="${cls}" cx="${px}" cy="${py}" r="4"/>`);
        parts.push(`<text class="chart__value" x="${px}" y="${(Number(py) - 10).toFixed(1)}" text-anchor="middle">${escape(fmt(v))}</text>`);
      });
    }
  });
  parts.push(`<line class="chart__axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}"/>`);

  const summary = chart.series
    .map((s) => `${chart.series.length > 1 ? `${s.name}: ` : ''}${s.values.map((v, i) => `${chart.labels[i]} ${fmt(v)}`).join(', ')}`)
    .join('; ');
  const aria = labels.label.replace('{title}', chart.title).replace('{summary}', summary);
  const legend =
    chart.series.length > 1
      ? `<ul class="chart__legend">${chart.series.map((s, i) => `<li><span class="chart__key chart__series--${i + 1}" aria-hidden="true"></span>${escape(s.name)}</li>`).join('')}</ul>`
      : '';
  const unit = unitSuffix(chart, escape);
  const table =
    `<table><caption>${escape(chart.title)}${unit}</caption><thead><tr><th scope="col"></th>` +
    chart.series.map((s) => `<th scope="col">${escape(s.name)}</th>`).join('') +
    `</tr></thead><tbody>` +
    chart.labels.map((l, i) => `<tr><th scope="row">${escape(l)}</th>${chart.series.map((s) => `<td>${escape(fmt(s.values[i]!))}</td>`).join('')}</tr>`).join('') +
    `</tbody></table>`;

  return (
    `<figure class="chart chart--${chart.kind}">\n` +
    `<figcaption class="chart__title">${escape(chart.title)}${unit}</figcaption>\n` +
    `<svg class="chart__svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-desc">${escape(aria)}</title>${parts.join('')}</svg>\n` +
    legend +
    (chart.source ? `<p class="chart__source">${escape(labels.source)} ${escape(chart.source)}</p>\n` : '') +
    `<details class="chart__data"><summary>${escape(labels.data)}</summary>\n${table}\n</details>\n` +
    `</figure>\n`
  );
}

/** " (tonnes)" after a chart's title; nothing for a percentage, which each value shows. */
function unitSuffix(chart: ChartSpec, escape: (s: string) => string = (s) => s): string {
  return chart.unit && chart.unit !== '%' ? ` (${escape(chart.unit)})` : '';
}

/** A chart's title as readers see it, with its unit. */
export function chartTitle(chart: ChartSpec): string {
  return chart.title + unitSuffix(chart);
}

/** A chart's data as CSV (RFC 4180) for newsrooms that redraw it: numbers in the release's locale, without digit groups. */
export function chartCsv(chart: ChartSpec, locale: string): string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  const percent = chart.unit === '%' ? '%' : '';
  const rows = [['', ...chart.series.map((s) => s.name)], ...chart.labels.map((label, i) => [label, ...chart.series.map((s) => nf.format(s.values[i]!) + percent)])];
  const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Axis bounds and step with round numbers: (0, 1144) → [0, 1200, 200]. */
export function niceScale(min: number, max: number, ticks = 5): [number, number, number] {
  if (min === max) return [min, min + 1, 1];
  const raw = (max - min) / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  // A range too small for floating point (1e-320) has no usable step: one unit from the lowest value.
  if (!(step > 0) || !Number.isFinite(step)) return [min, min + 1, 1];
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step, step];
}

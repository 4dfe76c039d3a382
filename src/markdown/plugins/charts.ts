// press_charts: a ```chart block (YAML, or YAML with csv) becomes an inline SVG chart with its data table; bad data stops the build at its line.
import type { MarkdownIt, StateCore } from 'markdown-it';
import { parseChart, renderChart, type ChartLabels, type ChartSpec } from '../chart.ts';
import type { Lang } from '../../lib/languages.ts';
import { MarkdownContentError, type PressEnv } from '../env.ts';
import { localeOf } from '../../lib/locale.ts';

export interface ChartsOptions {
  /** The fence info that marks a chart. */
  info: string;
  labels: Partial<Record<Lang, ChartLabels>>;
}

export const defaults: ChartsOptions = {
  info: 'chart',
  labels: {},
};

const FALLBACK: ChartLabels = { source: 'Source:', data: 'Data', label: '{title}: {summary}' };

export default function charts(md: MarkdownIt, options: Partial<ChartsOptions> = {}): void {
  const opts = { ...defaults, ...options };

  // Parsed in the core chain, where the block's line is known, so errors can point at it.
  md.core.ruler.after('block', 'press_charts', (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type !== 'fence' || token.info.trim() !== opts.info) continue;
      const result = parseChart(token.content);
      const fenceLine = (token.map?.[0] ?? 0) + 1;
      if ('problems' in result) {
        const first = result.problems[0]!;
        const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more: ${result.problems.slice(1).map((p) => p.message).join('; ')})` : '';
        throw new MarkdownContentError(`chart: ${first.message}${more}`, fenceLine + (first.line ?? 1));
      }
      token.meta = { chart: result.chart };
      (state.env as PressEnv).charts.push(result.chart);
    }
  });

  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, o, env, self) => {
    const chart = (tokens[idx]!.meta as { chart?: ChartSpec } | null)?.chart;
    if (!chart) return fence(tokens, idx, o, env, self);
    const e = env as PressEnv;
    const n = (e.ids.chart = (e.ids.chart ?? 0) + 1);
    return renderChart(chart, `chart-${n}`, localeOf(e.lang), opts.labels[e.lang] ?? FALLBACK, md.utils.escapeHtml);
  };
}

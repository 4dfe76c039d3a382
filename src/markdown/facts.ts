// What a render found in a release's body, kept with its entry: pages, editions, feeds and the media kit read it
// here instead of reading the file or the HTML again.
import type { Figure, Heading } from './env.ts';
import type { ChartSpec } from './chart.ts';

export interface BodyFacts {
  /** Headings in document order, with their ids (the table of contents). */
  headings: Heading[];
  /** Figures and charts in document order (the media kit, the charts' CSV files). */
  figures: Figure[];
  charts: ChartSpec[];
  /** The first paragraph's text ('' when the body has none): the summary of a release that gives none. */
  summary: string;
  /** Words readers read in the body (reading time). */
  words: number;
}

/**
 * The facts of a render's metadata. Another Markdown processor (the benchmark's baseline) reports none of
 * ours: its releases then have no figures, charts or summary, and no words.
 */
export function bodyFactsOf(metadata: Record<string, unknown> = {}): BodyFacts {
  const list = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);
  return {
    headings: list<Heading>(metadata.headings),
    figures: list<Figure>(metadata.figures),
    charts: list<ChartSpec>(metadata.charts),
    summary: typeof metadata.summary === 'string' ? metadata.summary : '',
    words: typeof metadata.words === 'number' ? metadata.words : 0,
  };
}

// A worker thread of the build: renders release bodies handed over by the processor (processor.ts), so that
// Markdown is rendered on another core while Astro reads, checks and stores the next files.
import { workerData } from 'piscina';
import type { MarkdownIt } from 'markdown-it';
import { createMarkdown, type MarkdownOptions } from './index.ts';
import { renderFile as renderFileWith, runJob, type AheadFile, type RenderJob, type Rendered, type RenderResult } from './job.ts';

let md: MarkdownIt | undefined;

export default function render(job: RenderJob): RenderResult {
  md ??= createMarkdown(workerData as MarkdownOptions);
  return runJob(md, job);
}

/** A release file handed over before it is checked (see PressRenderer.renderAhead). */
export function renderFile(file: AheadFile): Rendered | undefined {
  md ??= createMarkdown(workerData as MarkdownOptions);
  return renderFileWith(md, file);
}

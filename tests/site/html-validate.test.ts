// Every page of the built site is valid HTML (html-validate's recommended and document presets).
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

const dist = inject('siteDist');
const newsroom = inject('newsroomDist');
// Reads .htmlvalidate.json at the project root, as the html-validate CLI does.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it.each([...htmlPages(dist), ...htmlPages(newsroom).map((p) => `newsroom/${p}`)])('%s is valid', async (page) => {
    const report = await validator.validateFile(page.startsWith('newsroom/') ? join(newsroom, page.slice(9)) : join(dist, page));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

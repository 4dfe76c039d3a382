// Reads the acronym glossaries, content/glossary/<lang>.yml, for the build and the editor's page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { LANGS, type Lang } from '../lib/languages.ts';
import { glossarySchema, type Glossary } from './glossary.ts';

/** Reads every language's glossary; errors name the file, the line and the entry. */
export function readGlossaries(contentDir: string): Record<Lang, Glossary> {
  const out = {} as Record<Lang, Glossary>;
  const problems: string[] = [];
  for (const lang of LANGS) {
    const file = join(contentDir, 'glossary', `${lang}.yml`);
    out[lang] = {};
    if (!existsSync(file)) continue;
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) problems.push(`${file}:${lineCounter.linePos(e.pos[0]).line} — not valid YAML: ${e.message.split('\n')[0]}`);
      continue;
    }
    const result = glossarySchema.safeParse(doc.toJS() ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
        const offset = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
        const line = offset === undefined ? '' : `:${lineCounter.linePos(offset).line}`;
        const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
        problems.push(`${file}${line} — ${key}: ${message}`);
      }
      continue;
    }
    out[lang] = result.data;
  }
  if (problems.length > 0) throw new Error(`The glossary is not valid:\n${problems.join('\n')}`);
  return out;
}

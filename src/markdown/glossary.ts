// Acronym glossaries: content/glossary/<lang>.yml maps each acronym to its expansion in that language.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../lib/languages.ts';

export type Glossary = Record<string, string>;

/** An acronym: letters (any case, as written), digits, & and hyphens, starting with a capital. */
export const ACRONYM_RE = /^\p{Lu}[\p{L}\p{N}&-]*$/u;

export const glossarySchema = z.record(
  z.string().regex(ACRONYM_RE, 'is not an acronym: start with a capital letter, with no spaces'),
  z.string().trim().min(1, 'needs its expansion, e.g. OIM: Organisation internationale pour les migrations'),
);

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

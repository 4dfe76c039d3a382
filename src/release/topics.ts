// Topics: slugs used in front matter, with a label per language, defined once in content/topics.yml.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../lib/languages.ts';

const topicsSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'topic slugs are lower-case ASCII words joined by hyphens'),
  z.strictObject(Object.fromEntries(LANGS.map((l) => [l, z.string().trim().min(1)])) as Record<Lang, z.ZodString>),
);
export type Topics = z.infer<typeof topicsSchema>;

/** Reads and checks the topics file (a site without one has no topics); its errors name the file and the topic. */
export function readTopics(file: string): Topics {
  if (!existsSync(file)) return {};
  const result = topicsSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${file} — ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Topics are not valid:\n${lines.join('\n')}`);
  }
  return result.data;
}

// The release schema as JSON Schema, generated from the zod definition so the two never disagree.
import { z } from 'astro/zod';
import { releaseSchema } from './schema.ts';

export function releaseJsonSchema(): string {
  const schema = z.toJSONSchema(releaseSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Communiqués release front matter' }, null, 2)}\n`;
}

// How a release file is written, by the importer and by the editor in the browser alike: the front matter's fields in
// the schema's order, short lists on one line, quotes only where YAML needs them, then the body after a blank line.
// A file written so and read back is written the same, so an edit to one field changes that field's lines only.
import { Document, isScalar, visit } from 'yaml';
import { contactSchema } from './contact-schema.ts';
import { eventSchema, heroSchema, releaseSchema, updateSchema } from './schema.ts';
import { formatProblems, readFrontMatter } from './front-matter.ts';

/** Field order, by where a group of fields sits ('' is the front matter; '*' stands for a list's items). */
const ORDER: Record<string, readonly string[]> = {
  '': Object.keys(releaseSchema.shape),
  image: Object.keys(heroSchema.shape),
  event: Object.keys(eventSchema.shape),
  'contacts.*': Object.keys(contactSchema.shape),
  'updates.*': Object.keys(updateSchema.shape),
};

/** An empty value says nothing: it is left out (the schema refuses empty fields). `draft: false` is the default. */
function isEmpty(value: unknown, key: string, at: string): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return at === '' && key === 'draft' && value === false;
}

/** The value with its fields in order and its empty fields left out; fields the schema does not know follow, as given. */
function ordered(value: unknown, at = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, `${at}.*`.replace(/^\./, ''))).filter((item) => !isEmpty(item, '', '*'));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const order = ORDER[at] ?? [];
  const keys = [...order.filter((k) => k in record), ...Object.keys(record).filter((k) => !order.includes(k))];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const child = ordered(record[key], at === '' ? key : `${at}.${key}`);
    if (!isEmpty(child, key, at)) out[key] = child;
  }
  return out;
}

/** The YAML of a front matter, without its fences. */
function formatFrontMatter(data: Record<string, unknown>): string {
  const doc = new Document(ordered(data), { version: '1.2' });
  // A list of short values on one line (countries: [PE, CO]); a list of groups (contacts) one item a block.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item) && !String(item.value).includes('\n'))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** The first line of the notes of a draft the importer could not fully read; the reasons follow, one "- " line each. */
export const NEEDS_REVIEW = 'NEEDS REVIEW — a draft until an author has checked:';

/**
 * A draft whose notes say it needs review says so at the top of its file too, for whoever opens it in a text
 * editor: a comment made from the notes (so it is written again, the same, whenever the file is; it goes once the
 * draft is published or its notes no longer say so).
 */
function reviewComment(data: Record<string, unknown>): string {
  if (data.draft !== true || typeof data.notes !== 'string' || !data.notes.startsWith(`${NEEDS_REVIEW}\n`)) return '';
  const lines = data.notes.split('\n');
  const end = lines.findIndex((l, k) => k > 0 && !l.startsWith('- '));
  const reasons = lines.slice(1, end === -1 ? undefined : end);
  return [NEEDS_REVIEW, ...reasons].map((l) => `# ${l}\n`).join('');
}

/** A whole release file: front matter, a blank line, the body ending with one line break. */
export function formatRelease(data: Record<string, unknown>, body: string): string {
  const text = body.replace(/^\s*\n/, '').trimEnd();
  return `---\n${reviewComment(data)}${formatFrontMatter(data)}\n---\n${text ? `\n${text}\n` : ''}`;
}

/** A release file read back into its fields and body; a file that cannot be read throws, naming the line. */
export function parseRelease(source: string, file = 'release'): { data: Record<string, unknown>; body: string } {
  const fm = readFrontMatter(source, file);
  if ('problems' in fm) throw new Error(formatProblems(fm.problems));
  return { data: fm.data, body: fm.body.replace(/^\s*\n/, '').trimEnd() };
}

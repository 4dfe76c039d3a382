// Reads a content file's YAML front matter with line numbers, so every problem can name its file, field and line.
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document, type Node } from 'yaml';
import type { z } from 'astro/zod';

/** One thing wrong with a content file, in words an author can act on. */
export interface Problem {
  /** Path of the file, relative to the project (as authors see it). */
  file: string;
  /** Dotted path of the front-matter field, e.g. "contacts.0.email". */
  field?: string;
  /** 1-based line in the file. */
  line?: number;
  message: string;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The Markdown after the front matter. */
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
  /** Finds the line of a field (or of the front matter when the field is absent). */
  lineOf(path: readonly PropertyKey[]): number;
}

const OPEN_RE = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n/;
const CLOSE_RE = /^---[ \t]*$/m;

/** A file cut at its front matter's fences, before any YAML is read. */
export interface Fenced {
  yaml: string;
  body: string;
  /** Line of the file holding the first line of YAML. */
  openLine: number;
  bodyLine: number;
}

/** Cuts a file into its front matter (as text) and its body; a missing fence is a problem. */
export function splitFrontMatter(source: string, file: string): Fenced | { problems: Problem[] } {
  const open = OPEN_RE.exec(source);
  if (!open) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: 'has no front matter: start the file with a line "---", the fields (title, lang, date…), then another "---"',
        },
      ],
    };
  }
  const yamlStart = open[0].length;
  const rest = source.slice(yamlStart);
  const close = CLOSE_RE.exec(rest);
  const openLine = countLines(source.slice(0, yamlStart));
  if (!close) {
    return {
      problems: [{ file, line: openLine - 1, message: 'front matter is not closed: add a line "---" after the last field' }],
    };
  }
  const afterClose = yamlStart + close.index + close[0].length;
  return {
    yaml: rest.slice(0, close.index),
    body: source.slice(afterClose).replace(/^\r?\n/, ''),
    openLine,
    bodyLine: countLines(source.slice(0, afterClose)) + (source.slice(afterClose).match(/^\r?\n/) ? 1 : 0),
  };
}

/**
 * Splits a file into front matter and body. Dates stay text (YAML 1.2 core schema), so that
 * "2017-02-30" reaches the schema as written instead of becoming 2 March.
 */
export function readFrontMatter(source: string, file: string): FrontMatter | { problems: Problem[] } {
  const fenced = splitFrontMatter(source, file);
  if ('problems' in fenced) return fenced;
  const { yaml, body, bodyLine, openLine } = fenced;

  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => openLine + lineCounter.linePos(offset).line - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: fileLine(e.pos[0]),
        message: `front matter is not valid YAML: ${firstLine(e.message)}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // An alias to an anchor never set ("title: *a"), or aliases expanding past the parser's limit.
    let at = openLine;
    visit(doc, {
      Alias(_, node) {
        if (at === openLine && node.range) at = fileLine(node.range[0]);
      },
    });
    return { problems: [{ file, line: at, message: `front matter is not valid YAML: ${firstLine((error as Error).message)}; write the value itself instead of a *reference` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ file, line: openLine, message: 'front matter must be a list of "field: value" lines' }] };
  }
  return {
    data: data as Record<string, unknown>,
    body,
    bodyLine,
    lineOf: (path) => {
      const offset = offsetOf(doc, path);
      return offset === undefined ? openLine : fileLine(offset);
    },
  };
}

/** Turns schema issues into problems that name the field, its line, and what was expected. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], fm: FrontMatter, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file,
          field: dotted(path),
          line: fm.lineOf(path),
          message: `is not a field of a release: check its spelling (the README lists every field)`,
        });
      }
      continue;
    }
    problems.push({ file, field: dotted(issue.path), line: fm.lineOf(issue.path), message: describe(issue, fm) });
  }
  return problems;
}

/** "content/…/x.md:4 — date: …" lines, one per problem. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => `${p.file}${p.line ? `:${p.line}` : ''} — ${p.field ? `${p.field}: ` : ''}${p.message}`)
    .join('\n');
}

function describe(issue: z.core.$ZodIssue, fm: FrontMatter): string {
  const value = getPath(fm.data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `is required (${expectedWord(issue.expected)})`;
      if (value === null) return `is empty: give it a value (${expectedWord(issue.expected)}) or remove the line`;
      return `must be ${expectedWord(issue.expected)}, not ${kindOf(value)}`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? issue.message;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}`;
    default:
      return issue.message;
  }
}

function expectedWord(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'a group of fields';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function getPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Offset of a field's key (or value, for list items) in the YAML, walking up to the nearest present parent. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const parentPath = path.slice(0, n - 1);
    const parent = parentPath.length ? (doc.getIn(parentPath as unknown[], true) as Node | undefined) : doc.contents;
    const key = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
      const node = pair?.key as Node | undefined;
      if (node?.range) return node.range[0];
    } else if (parent) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined;
      if (node?.range) return node.range[0];
    }
  }
  return undefined;
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

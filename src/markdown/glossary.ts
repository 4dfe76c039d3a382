// Acronym glossaries: content/glossary/<lang>.yml maps each acronym to its expansion in that language (read by
// glossary-files.ts; this file holds what a glossary is, for the build and the editor's preview alike).
import { z } from 'astro/zod';

export type Glossary = Record<string, string>;

/** An acronym: letters (any case, as written), digits, & and hyphens, starting with a capital. */
export const ACRONYM_RE = /^\p{Lu}[\p{L}\p{N}&-]*$/u;

export const glossarySchema = z.record(
  z.string().regex(ACRONYM_RE, 'is not an acronym: start with a capital letter, with no spaces'),
  z.string().trim().min(1, 'needs its expansion, e.g. OIM: Organisation internationale pour les migrations'),
);

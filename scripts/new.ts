// npm run new -- --lang fr "Titre": a new release file with today's date and every field explained.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { isLang } from '../src/lib/languages.ts';
import { slugOf } from '../src/importer/index.ts';
import { contentDir } from '../src/lib/paths.ts';
import { RELEASE_TYPES } from '../src/release/schema.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, date: { type: 'string' } } });
const title = positionals.join(' ').trim();
if (!title || !isLang(values.lang)) {
  process.stderr.write('Usage: npm run new -- --lang fr|en|es "Title of the release"\n');
  process.exit(2);
}
const now = new Date();
const today = values.date ?? `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const file = join(contentDir, 'communiques', values.lang, `${today.slice(0, 4)}-${slugOf(title)}.md`);
if (existsSync(file)) {
  process.stderr.write(`${file} exists already: choose another title, or edit that file.\n`);
  process.exit(1);
}

const text = `---
# The headline, as readers will see it.
title: ${stringify(title).trim()}
# fr, en or es — the folder this file is in.
lang: ${values.lang}
# YYYY-MM-DD (or YYYY-MM when only the month is known). The file name starts with its year.
date: ${today}
# ${RELEASE_TYPES.join(', ')}
type: communique
# global or local
scope: global
# Where the release comes from, shown before the date: "Pérou", "Genève".
# dateline: Pérou
# ISO 3166-1 codes of the countries it is about: [PE, EC]
countries: []
# Topic slugs from content/topics.yml: [counter-trafficking]
topics: []
# One or two sentences for listings and search engines (otherwise the first paragraph).
# summary: …
# Media contacts: name is required; phone and mobile in international form.
contacts:
  - name: Prénom Nom
    # role: Chargée de communication
    # office: OIM Lima
    # email: nom@example.org
    # phone: "+51 1 633 0000"
    # mobile: "+51 987 654 321"
# The same slug on each language version of this release links them together.
# translationKey: ${slugOf(title)}
# true keeps the release off the site while it is being written.
draft: true
# Held back until this moment (date, time and timezone): 2026-03-01T09:00:00+01:00
# embargo: 
# Old addresses of this release on this site, redirected here: [/fr/news/old-url]
aliases: []
# Address of the original publication, if any.
# source: https://…
---

Write the release here, in Markdown. The first paragraph is the lead.

## A section heading
`;
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
process.stdout.write(`${file} written (draft: true until you set it to false).\n`);

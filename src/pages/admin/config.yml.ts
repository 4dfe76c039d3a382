// The editor's configuration, generated from the release schema and the topics at each build (src/editor/config.ts).
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { editorConfig } from '../../editor/config.ts';
import { readTopics } from '../../release/topics.ts';
import { contentDir } from '../../lib/paths.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = () =>
  new Response(stringify(editorConfig(site, readTopics(`${contentDir}/topics.yml`)), { lineWidth: 0 }), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });

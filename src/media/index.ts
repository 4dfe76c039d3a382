// Every photo and chart of the published releases, with the original files newsrooms can download.
import { dirname, join, relative, resolve } from 'node:path';
import markdownit from 'markdown-it';
import { getImage } from 'astro:assets';
import { getNewsroom, type SiteRelease } from '../newsroom/index.ts';
import { renderedHtml } from '../newsroom/body-html.ts';
import { figureSources, mediaOf, type MediaChart, type MediaImage } from './chart-csv.ts';
import { contentDir } from '../lib/paths.ts';
import { imagePath } from '../release/content-check.ts';
import { heroSourceOf, sourceOf } from '../editions/source.ts';

export interface ReleaseMedia {
  release: SiteRelease;
  images: (MediaImage & { original: string; file: string })[];
  charts: MediaChart[];
}

const md = markdownit();

/** Inline token lists of each paragraph, enough to find figures and their sources. */
function paragraphs(markdown: string) {
  const tokens = md.parse(markdown, {});
  return tokens
    .filter((tok, i) => tok.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open')
    .map((tok) => (tok.children ?? []).map((c) => ({ type: c.type === 'text' && c.content.trim() === '' ? 'text' : c.type, src: c.type === 'image' ? String(c.attrGet('src')) : c.type === 'text' && c.content.trim() !== '' ? c.content : undefined })));
}

let all: Promise<ReleaseMedia[]> | undefined;
let byId: Promise<Map<string, ReleaseMedia>> | undefined;

/** One release's photos and charts (looked up, not searched: release pages ask once each). */
export async function getMediaOf(id: string): Promise<ReleaseMedia | undefined> {
  byId ??= getMedia().then((list) => new Map(list.map((m) => [m.release.id, m])));
  return (await byId).get(id);
}

export function getMedia(): Promise<ReleaseMedia[]> {
  all ??= (async () => {
    const { releases } = await getNewsroom();
    const content = resolve(contentDir);
    return Promise.all(
      releases
        .filter((r) => !r.hold)
        .map(async (release) => {
          const { images, charts } = mediaOf(await renderedHtml(release));
          const sources = images.length ? figureSources(sourceOf(release), paragraphs) : [];
          const folder = dirname(resolve(release.entry.filePath ?? join(content, 'communiques', `${release.id}.md`)));
          const body = images.map((img, i) => {
            const file = resolve(folder, sources[i] ?? '');
            return { ...img, file, original: `/media/${relative(content, file)}` };
          });
          const hero = release.entry.data.image;
          if (!hero) return { release, charts, images: body };
          const optimised = await getImage({ src: hero.src, widths: [480, 800, 1200] });
          const heroFile = resolve(folder, imagePath(heroSourceOf(release) ?? ''));
          const first = {
            alt: hero.alt,
            caption: hero.caption ?? '',
            credit: hero.credit,
            src: optimised.src,
            srcset: optimised.srcSet.attribute,
            width: hero.src.width,
            height: hero.src.height,
            file: heroFile,
            original: `/media/${relative(content, heroFile)}`,
          };
          return { release, charts, images: [first, ...body] };
        }),
    );
  })();
  return all;
}

// Every photo and chart of the published releases, with the original files newsrooms can download: from what the
// renderer found in each body (figures, charts) and the images Astro resolved for them.
import { dirname, relative, resolve } from 'node:path';
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { getNewsroom, type SiteRelease } from '../newsroom/index.ts';
import { contentDir } from '../lib/paths.ts';
import { localeOf } from '../lib/locale.ts';
import { chartCsv, chartTitle } from '../markdown/chart.ts';
import { defaults as figureDefaults } from '../markdown/plugins/figures.ts';

export interface MediaImage {
  alt: string;
  caption: string;
  credit?: string;
  /** The optimised image the pages show, and its other sizes. */
  src: string;
  srcset: string;
  width: number;
  height: number;
  /** The file as the author gave it, and where the site offers it for download (/media/…). */
  file: string;
  original: string;
}

export interface MediaChart {
  /** 1-based position in the release, as in its id chart-n. */
  n: number;
  title: string;
  source?: string;
  csv: string;
}

export interface ReleaseMedia {
  release: SiteRelease;
  images: MediaImage[];
  charts: MediaChart[];
}

/** One image at the sizes the pages use, with its original file. */
async function mediaImage(image: ImageMetadata, file: string, text: { alt: string; caption: string; credit?: string }): Promise<MediaImage> {
  const optimised = await getImage({ src: image, widths: figureDefaults.widths });
  const original = `/media/${relative(resolve(contentDir), file)}`;
  return { ...text, src: optimised.src, srcset: optimised.srcSet.attribute, width: image.width, height: image.height, file, original };
}

async function mediaOf(release: SiteRelease): Promise<ReleaseMedia> {
  const { data, body } = release;
  const folder = dirname(resolve(release.entry.filePath ?? contentDir));
  const figures = (release.entry.data.figures ?? []) as ImageMetadata[];
  const images = await Promise.all(body.figures.map((figure, i) => mediaImage(figures[i]!, resolve(folder, figure.src), figure)));
  const hero = release.entry.data.image;
  if (hero && data.heroFile) {
    images.unshift(await mediaImage(hero.src, resolve(folder, data.heroFile), { alt: hero.alt, caption: hero.caption ?? '', credit: hero.credit }));
  }
  const locale = localeOf(release.lang);
  const charts = body.charts.map((chart, i) => ({ n: i + 1, title: chartTitle(chart), source: chart.source, csv: chartCsv(chart, locale) }));
  return { release, images, charts };
}

let all: Promise<ReleaseMedia[]> | undefined;
let byId: Promise<Map<string, ReleaseMedia>> | undefined;

/** The photos and charts of every release readers may see (held releases of a preview build aside). */
export function getMedia(): Promise<ReleaseMedia[]> {
  all ??= getNewsroom().then(({ releases }) => Promise.all(releases.filter((r) => !r.hold).map(mediaOf)));
  return all;
}

/** One release's photos and charts (looked up, not searched: release pages ask once each). */
export async function getMediaOf(id: string): Promise<ReleaseMedia | undefined> {
  byId ??= getMedia().then((list) => new Map(list.map((m) => [m.release.id, m])));
  return (await byId).get(id);
}

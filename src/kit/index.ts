// A release kit: everything a journalist needs to file a story, in one download (/2017/procureurs-traite-perou.zip):
// the copy-ready editions, the photos at full size with their credits, each chart's data, each contact's vCard, and
// the event's calendar file. The same release gives the same bytes.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { getContacts, type SiteRelease } from '../newsroom/index.ts';
import { getMediaOf } from '../media/index.ts';
import { markdownOf, textOf } from '../editions/index.ts';
import { releaseCalendar } from '../events/index.ts';
import { vcard } from '../contacts/vcard.ts';
import { absoluteUrl, vcardPath } from '../lib/routes.ts';
import { dateToInstant } from '../lib/dates.ts';
import { t } from '../lib/i18n.ts';
import { localeOf } from '../lib/locale.ts';
import { slugify } from '../lib/slug.ts';
import { site } from '../site.config.ts';

/** The kit's files, by name in the archive. */
export async function kitFiles(release: SiteRelease): Promise<Record<string, Uint8Array>> {
  const { slug, lang } = release;
  const files: Record<string, Uint8Array> = {
    [`${slug}.txt`]: strToU8(await textOf(release)),
    [`${slug}.md`]: strToU8(markdownOf(release)),
  };
  const media = await getMediaOf(release.id);
  const credits: string[] = [];
  for (const image of media?.images ?? []) {
    const name = `photos/${basename(image.file)}`;
    // A photo shown twice (the hero, then in the text) is in the kit once.
    if (files[name]) continue;
    files[name] = new Uint8Array(readFileSync(image.file));
    credits.push([basename(image.file), image.caption || image.alt, image.credit].filter(Boolean).join(' — '));
  }
  if (credits.length) files['photos/credits.txt'] = strToU8(`${t(lang, 'kit.credits')}\n\n${credits.join('\n')}\n\n${site.mediaLicence[lang]}\n`);
  for (const chart of media?.charts ?? []) files[`charts/chart-${chart.n}.csv`] = strToU8(chart.csv);
  const { slugOf } = await getContacts();
  for (const contact of release.contacts) {
    const card = slugOf(contact) ?? slugify(contact.name);
    files[`contacts/${card}.vcf`] = strToU8(vcard(contact, { organization: site.organization.name[lang] ?? '', lang, uid: absoluteUrl(vcardPath(card)) }));
  }
  const ics = releaseCalendar(release);
  if (ics) files[`${slug}.ics`] = strToU8(ics);
  return files;
}

const kits = new Map<string, Promise<Uint8Array>>();

/**
 * The kit as a zip, made once per build for the page (which shows its size) and the download. Entries are in
 * name order and dated with the release's date, so the bytes depend on the content only.
 */
export function kitOf(release: SiteRelease): Promise<Uint8Array> {
  let kit = kits.get(release.id);
  if (!kit) {
    kit = kitFiles(release).then((files) => {
      // A zip's dates are local times from 1980 on; the release's date, as written, in every entry.
      const day = dateToInstant(release.data.date);
      const mtime = new Date(Math.max(day.getTime(), Date.UTC(1980, 0, 2)) + day.getTimezoneOffset() * 60_000);
      // Photos are compressed already: they are stored as they are, the text is deflated.
      const sorted = Object.fromEntries(
        Object.keys(files)
          .sort()
          .map((name) => [name, [files[name]!, { mtime, level: /\.(?:jpe?g|png|webp|avif|gif)$/i.test(name) ? 0 : 6 }] as const]),
      );
      return zipSync(sorted as never, { level: 6 });
    });
    kits.set(release.id, kit);
  }
  return kit;
}

/** "1,2 Mo", "1.2 MB", "850 kB": a size as the reader's language writes it. */
export function formatSize(bytes: number, lang: Parameters<typeof localeOf>[0]): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
  return new Intl.NumberFormat(localeOf(lang), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

// The image shown when a page is shared (Open Graph, 1200×630): the site's logo on its brand colour, drawn at build time.
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  // Read from the project (the build runs at its root), not from the bundled endpoint's own folder.
  const logo = readFileSync(join(process.cwd(), 'public', site.logo));
  const mark = await sharp(logo).resize(360, 360).png().toBuffer();
  const png = await sharp({ create: { width: 1200, height: 630, channels: 4, background: site.colors.accent } })
    .composite([{ input: mark, gravity: 'center' }])
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

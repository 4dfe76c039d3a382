// The logo as a 1,024-pixel PNG, for e-mail clients and newsrooms that cannot use SVG.
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const svg = readFileSync(join(process.cwd(), 'public', site.logo));
  const png = await sharp(svg, { density: 1200 }).resize(1024, 1024, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

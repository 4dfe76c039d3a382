// ASCII slugs for URLs and heading ids, stable across languages ("Pérou" → "perou", "œuvre" → "oeuvre").
import slugifyLib from '@sindresorhus/slugify';

export function slugify(text: string): string {
  return slugifyLib(text, { decamelize: false });
}

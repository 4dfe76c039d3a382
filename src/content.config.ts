// The communiqués collection: every release in content/communiques/<lang>/, checked against one schema.
import { defineCollection } from 'astro:content';
import { releasesLoader } from './release/loader.ts';
import { heroSchema, releaseSchema } from './release/schema.ts';
import { contentDir } from './lib/paths.ts';

export const collections = {
  communiques: defineCollection({
    loader: releasesLoader({ contentDir }),
    // The hero image's path becomes an image Astro optimises (sizes, modern formats).
    schema: ({ image }) => releaseSchema.extend({ image: heroSchema.extend({ src: image() }).optional() }),
  }),
};

// The communiqués collection: every release in content/communiques/<lang>/, checked against one schema.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { releasesLoader } from './release/loader.ts';
import { heroSchema, releaseSchema } from './release/schema.ts';
import { contentDir } from './lib/paths.ts';

export const collections = {
  communiques: defineCollection({
    loader: releasesLoader({ contentDir }),
    // The hero image's path becomes an image Astro optimises (sizes, modern formats). The loader adds what authors
    // never write (the content check refuses any other field): the hero's file as written, and the figures the
    // renderer found in the body, which Astro then knows as images too (src/release/loader.ts).
    schema: ({ image }) =>
      releaseSchema.extend({
        image: heroSchema.extend({ src: image() }).optional(),
        heroFile: z.string().optional(),
        figures: z.array(image()).optional(),
      }),
  }),
};

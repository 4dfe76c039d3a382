// The communiqués collection: every release in content/communiques/<lang>/, checked against one schema.
import { defineCollection } from 'astro:content';
import { releasesLoader } from './loaders/releases.ts';
import { releaseSchema } from './lib/schema.ts';
import { contentDir } from './lib/paths.ts';

export const collections = {
  communiques: defineCollection({
    loader: releasesLoader({ contentDir }),
    schema: releaseSchema,
  }),
};

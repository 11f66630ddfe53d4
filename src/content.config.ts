/**
 * Astro's view of content/. The shapes come from src/schemas, the same ones the staff checker
 * (scripts/check-content.ts) uses; cross-file references are checked in src/data/content.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, CONTENT_DIR } from './schemas/index.ts';

const base = (p: string) => `./${CONTENT_DIR}/${p}`;

export const collections = {
  procedures: defineCollection({
    loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*', '!README.md'], base: base(COLLECTIONS.procedures.path) }),
    schema: COLLECTIONS.procedures.schema,
  }),
  documents: defineCollection({
    loader: glob({ pattern: ['*.json', '!_*'], base: base(COLLECTIONS.documents.path) }),
    schema: COLLECTIONS.documents.schema,
  }),
  metrics: defineCollection({
    loader: glob({ pattern: ['*.json', '!_*'], base: base(COLLECTIONS.metrics.path) }),
    schema: COLLECTIONS.metrics.schema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: ['*.json', '!_*'], base: base(COLLECTIONS.sources.path) }),
    schema: COLLECTIONS.sources.schema,
  }),
  fields: defineCollection({
    loader: file(base(COLLECTIONS.fields.path)),
    schema: COLLECTIONS.fields.schema,
  }),
  agencies: defineCollection({
    loader: file(base(COLLECTIONS.agencies.path)),
    schema: COLLECTIONS.agencies.schema,
  }),
  lifeEvents: defineCollection({
    loader: glob({ pattern: ['*.json', '!_*'], base: base(COLLECTIONS.lifeEvents.path) }),
    schema: COLLECTIONS.lifeEvents.schema,
  }),
};

/**
 * Astro's view of content/: every collection comes through the one reader (src/checks), which
 * parses, validates and cross-checks each file once. The schemas here give the collections their
 * types; the data was validated by the reader with the same schemas.
 */
import { defineCollection } from 'astro:content';
import { COLLECTIONS, SettingsSchema } from './schemas/index.ts';
import { NarrativeEntrySchema } from './schemas/report.ts';
import { ContentProblemSchema } from './schemas/problem.ts';
import { contentLoader, narrativeLoader, problemsLoader, settingsLoader } from './checks/astro-loader.ts';

export const collections = {
  procedures: defineCollection({ loader: contentLoader('procedures'), schema: COLLECTIONS.procedures.schema }),
  documents: defineCollection({ loader: contentLoader('documents'), schema: COLLECTIONS.documents.schema }),
  metrics: defineCollection({ loader: contentLoader('metrics'), schema: COLLECTIONS.metrics.schema }),
  sources: defineCollection({ loader: contentLoader('sources'), schema: COLLECTIONS.sources.schema }),
  fields: defineCollection({ loader: contentLoader('fields'), schema: COLLECTIONS.fields.schema }),
  agencies: defineCollection({ loader: contentLoader('agencies'), schema: COLLECTIONS.agencies.schema }),
  lifeEvents: defineCollection({ loader: contentLoader('lifeEvents'), schema: COLLECTIONS.lifeEvents.schema }),
  searchWords: defineCollection({ loader: contentLoader('searchWords'), schema: COLLECTIONS.searchWords.schema }),
  settings: defineCollection({ loader: settingsLoader(), schema: SettingsSchema }),
  narrative: defineCollection({ loader: narrativeLoader(), schema: NarrativeEntrySchema }),
  problems: defineCollection({ loader: problemsLoader(), schema: ContentProblemSchema }),
};

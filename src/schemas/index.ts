/**
 * Every content shape, in one place. content.config.ts and scripts/check-content.ts both read
 * this map, so the site and the staff checker can never disagree about what is valid.
 */
import { DocumentSchema } from './document.ts';
import { LifeEventSchema } from './life-event.ts';
import { SearchWordsSchema } from './search-words.ts';
import { MetricSchema } from './metric.ts';
import { ProcedureSchema } from './procedure.ts';
import { SourceSchema } from './source.ts';
import { AgencySchema, FieldSchema } from './taxonomy.ts';

export * from './common.ts';
export * from './document.ts';
export * from './life-event.ts';
export * from './metric.ts';
export * from './procedure.ts';
export * from './search-words.ts';
export * from './settings.ts';
export * from './source.ts';
export * from './taxonomy.ts';

/** The folder staff edit, relative to the project root. */
export const CONTENT_DIR = 'content';

/** How each collection is stored under content/. */
export const COLLECTIONS = {
  procedures: { layout: 'markdown-dir', path: 'procedures', schema: ProcedureSchema },
  documents: { layout: 'json-dir', path: 'documents', schema: DocumentSchema },
  metrics: { layout: 'json-dir', path: 'metrics', schema: MetricSchema },
  sources: { layout: 'json-dir', path: 'sources', schema: SourceSchema },
  fields: { layout: 'json-array', path: 'fields.json', schema: FieldSchema },
  agencies: { layout: 'json-array', path: 'agencies.json', schema: AgencySchema },
  lifeEvents: { layout: 'json-dir', path: 'life-events', schema: LifeEventSchema },
  searchWords: { layout: 'json-array', path: 'search-words.json', schema: SearchWordsSchema },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** Site settings are one object, not a collection. */
export const SETTINGS_FILE = 'settings.json';

/** The report's narrative, written by staff in MDX, under content/. */
export const NARRATIVE_FILE = 'report/bao-cao.mdx';

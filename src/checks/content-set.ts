/** The content as the reader hands it on: every entry with its id, file and checked data. */
import type { ContentProblem } from '../schemas/friendly-errors.ts';
import type { Agency, DocumentEntry, Field, LifeEvent, Metric, Procedure, SearchWords, Source } from '../schemas/index.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the project root, e.g. "content/procedures/dang-ky-khai-sinh.md". */
  file: string;
  data: T;
  /** Markdown files: the text below the frontmatter, rendered by the page. */
  body?: string | undefined;
  /** Markdown files: the file's line where the body starts. */
  bodyLine?: number | undefined;
  /** A hash of the file's text, so the Astro loader skips unchanged entries. */
  digest?: string | undefined;
}

export interface ContentSet {
  procedures: Entry<Procedure>[];
  documents: Entry<DocumentEntry>[];
  metrics: Entry<Metric>[];
  sources: Entry<Source>[];
  fields: Entry<Field>[];
  agencies: Entry<Agency>[];
  /** Life events that bundle procedures (content/life-events). */
  lifeEvents: Entry<LifeEvent>[];
  /** Everyday words citizens search with, each list pointing to one page (content/search-words.json). */
  searchWords: Entry<SearchWords>[];
}

/** A problem with the path of the field, so that the caller can find its line. */
export type LocatedProblem = ContentProblem & { path: PropertyKey[] };

/** The content the public site shows: drafts of guides, documents and metrics left out. */
export function publishedOnly(content: ContentSet): ContentSet {
  return {
    ...content,
    procedures: content.procedures.filter((e) => !e.data.draft),
    documents: content.documents.filter((e) => !e.data.draft),
    metrics: content.metrics.filter((e) => !e.data.draft),
  };
}

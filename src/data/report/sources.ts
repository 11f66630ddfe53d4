/** Sources as the report cites them: the source file's data plus its id. */
import type { Source } from '../../schemas/index.ts';
import type { ContentSet } from '../../checks/content-set.ts';

export type SourceRef = Source & { id: string };
export type SourceIndex = ReadonlyMap<string, SourceRef>;

export const sourceIndex = (content: Pick<ContentSet, 'sources'>): SourceIndex =>
  new Map(content.sources.map((s) => [s.id, { ...s.data, id: s.id }]));

/** Each source once, in first-cited order; an unknown id is a bug the cross-check should have caught. */
export const uniqueSources = (ids: Iterable<string>, sourceById: SourceIndex): SourceRef[] =>
  [...new Set(ids)].map((id) => {
    const s = sourceById.get(id);
    if (!s) throw new Error(`unknown source "${id}"`);
    return s;
  });

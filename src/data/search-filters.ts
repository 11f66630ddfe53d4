/** Pure: the filter choices on the search page, only values that some published page carries. */
import type { ContentSet } from '../checks/content-set.ts';

export function searchFilters(content: ContentSet): { fields: string[]; agencies: string[] } {
  const usedFields = new Set(content.procedures.map((p) => p.data.field));
  const usedAgencies = new Set(content.procedures.map((p) => p.data.decidingAgency));
  return {
    fields: content.fields.filter((f) => usedFields.has(f.id)).map((f) => f.data.name),
    agencies: content.agencies.filter((a) => usedAgencies.has(a.id)).map((a) => a.data.name),
  };
}

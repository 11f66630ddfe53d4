import { z } from 'astro/zod';
import { PlainText, Slug } from './common.ts';

/**
 * The frontmatter of the report narrative, content/report/bao-cao.mdx. Staff write the text; the
 * figures come from content/metrics, so the narrative never has to repeat a number in a field.
 */
export const ReportNarrativeSchema = z.strictObject({
  /** The page title. */
  title: PlainText,
  /** Meta and share description (about 150 characters). */
  description: PlainText,
  /** The paragraph under the title. */
  lead: PlainText,
  /** The district's place in Hanoi's administrative reform ranking, as the source states it. */
  ranking: z.strictObject({
    /** The rank, e.g. 2. */
    rank: z.number().int().min(1),
    /** The year the rank is for. */
    year: z.number().int().min(2000).max(2100),
    /** What was ranked, completing "đứng thứ 2 …", e.g. "về cải cách hành chính của TP Hà Nội". */
    scope: PlainText,
    /** The source's own words. */
    quote: PlainText,
    /** An id in content/sources. */
    source: Slug,
  }),
});
export type ReportNarrative = z.output<typeof ReportNarrativeSchema>;

/** Where staff placed a <ReformSection> or <ReformChart> in the narrative, read by the checker. */
export const PlacementSchema = z.object({
  component: z.enum(['ReformSection', 'ReformChart']),
  /** The procedure="…" attribute: a metrics id or its guide's id. */
  procedure: z.string().optional(),
  /** The metric="…" attribute of a chart: "days" or "trips". */
  metric: z.string().optional(),
  /** The section the tag sits in, if any. */
  inside: z.string().optional(),
  /** Line of the file. */
  line: z.number().int(),
});

/** The narrative as the reader hands it to the site: its frontmatter and its placements. */
export const NarrativeEntrySchema = ReportNarrativeSchema.extend({ placements: z.array(PlacementSchema) });

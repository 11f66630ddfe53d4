import { z } from 'astro/zod';

/** A problem the reader found, as the site's staff page lists it (see friendly-errors.ts). */
export const ContentProblemSchema = z.object({
  /** Path from the project root. */
  file: z.string(),
  /** Line of the file, when the text says. */
  line: z.number().int().optional(),
  /** Dotted field path, "(cả tệp / whole file)" or "nội dung (body)". */
  field: z.string(),
  /** Vietnamese, then English. */
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

import { z } from 'astro/zod';
import { CellText, IsoDate, WebUrl } from './common.ts';

/** A publication that a figure or a guide relies on. File: content/sources/<id>.json */
export const SourceSchema = z.strictObject({
  /** Who published it, e.g. "Kinh tế & Đô thị (Kinhtedothi)". */
  publisher: CellText,
  /** Its title, as published. */
  title: CellText,
  /** When it was published: a full date, or only the year when that is all that is known. */
  date: z.union([IsoDate, z.number().int().min(1945).max(2100)]),
  /** Its address on the web; leave it out when it is not known. */
  url: WebUrl.optional(),
  /** What kind of source: a news article, a legal document, a government portal. */
  kind: z.enum(['news', 'legal', 'portal', 'office']),
  /** A note for readers, e.g. why the address is missing. */
  note: CellText.optional(),
});
export type Source = z.output<typeof SourceSchema>;

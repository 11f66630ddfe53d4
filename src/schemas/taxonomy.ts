import { z } from 'astro/zod';
import { PlainText, Slug, WebUrl } from './common.ts';

/** A field of administration (lĩnh vực). File: content/fields.json, an array. */
export const FieldSchema = z.strictObject({
  /** The id guides use in `field:`. */
  id: Slug,
  /** Its name as citizens read it, e.g. "Hộ tịch". */
  name: PlainText,
});
export type Field = z.output<typeof FieldSchema>;

/** An agency that decides, receives or co-operates. File: content/agencies.json, an array. */
export const AgencySchema = z.strictObject({
  /** The id guides use in `decidingAgency`, `submitAt` and `coordinating`. */
  id: Slug,
  /** Its name, e.g. "Ủy ban nhân dân phường". */
  name: PlainText,
  /** A short name for tables and filters. */
  shortName: PlainText.optional(),
  /** How to reach it: an office, an online portal, or a postal channel. */
  kind: z.enum(['office', 'online', 'post']),
  /** Its street address, when it is a place and the address is verified. */
  address: PlainText.optional(),
  /** Its web address, for online channels. */
  url: WebUrl.optional(),
  /** Anything a citizen should know, e.g. that the address must be confirmed. */
  note: PlainText.optional(),
});
export type Agency = z.output<typeof AgencySchema>;

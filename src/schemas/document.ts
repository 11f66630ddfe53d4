import { z } from 'astro/zod';
import { PlainText, UniqueSlugs, WebUrl } from './common.ts';

/**
 * One paper that citizens bring, shared by every procedure that needs it.
 * File: content/documents/<id>.json; the file name is its id.
 */
export const DocumentSchema = z.strictObject({
  /** Its usual name, e.g. "Giấy chứng sinh". */
  name: PlainText,
  /** Other names citizens search for, e.g. "CCCD", "sổ đỏ". */
  aliases: z.array(PlainText).default([]),
  /** One or two sentences: what it is and who issues it. */
  description: PlainText,
  /** A blank form to download, when it is a form. */
  template: z
    .strictObject({
      /** The form's name and number, e.g. "Mẫu số 15". */
      name: PlainText,
      /** Where to get it; leave out when there is no verified address. */
      url: WebUrl.optional(),
    })
    .optional(),
  /** Sources that describe it (ids in content/sources). */
  sources: UniqueSlugs.default([]),
  /** A draft is checked but not published; no published guide may list it yet. */
  draft: z.boolean().default(false),
});
export type DocumentEntry = z.output<typeof DocumentSchema>;

import { z } from 'astro/zod';
import { IsoDate, PlainText, WebUrl } from './common.ts';

/** Site-wide settings that staff edit. File: content/settings.json */
export const SettingsSchema = z.strictObject({
  /** The site's name in the header. */
  siteName: PlainText,
  /** The office the site speaks for. */
  officeName: PlainText,
  /** The office's address; say when it must be confirmed. */
  address: PlainText,
  /** Opening hours, one line per group of days. */
  openingHours: z.array(PlainText).min(1),
  /** Hotlines, as dialled. */
  hotlines: z.array(z.strictObject({ number: PlainText, label: PlainText })).min(1),
  /** The public origin the site is served from, for canonical links, sitemaps and QR codes. */
  siteUrl: WebUrl,
  /** Where the content is edited, for "Sửa trang này" links (a folder URL ending in /). */
  editBaseUrl: WebUrl.optional(),
  /** A notice shown on every guide; remove the block to hide it. */
  notice: z
    .strictObject({
      title: PlainText,
      body: PlainText,
      /** When staff last updated the notice. */
      updated: IsoDate,
    })
    .optional(),
});
export type Settings = z.output<typeof SettingsSchema>;

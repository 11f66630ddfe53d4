import { z } from 'astro/zod';
import { PlainText, Slug } from './common.ts';

/**
 * Everyday words for one page of the site: what citizens type instead of the official name
 * ("hộ khẩu" for đăng ký thường trú, "chứng minh thư" for the căn cước card, "sổ hồng"...).
 * File: content/search-words.json, an array. The words are added to the search index of the one
 * page they point to; they are never shown as facts on the page.
 */
export const SearchWordsSchema = z
  .strictObject({
    /** A name for this entry, used in messages. */
    id: Slug,
    /** The words, as citizens type them, with or without marks. */
    words: z.array(PlainText).min(1, { message: 'cần ít nhất một từ / needs at least one word' }),
    /** The guide they lead to (file name in content/procedures, without .md). */
    procedure: Slug.optional(),
    /** The life event they lead to (content/life-events). */
    lifeEvent: Slug.optional(),
    /** The paper they lead to (content/documents). */
    document: Slug.optional(),
  })
  .refine((e) => [e.procedure, e.lifeEvent, e.document].filter(Boolean).length === 1, {
    message:
      'mỗi mục trỏ tới đúng một trang: ghi một trong "procedure", "lifeEvent" hoặc "document" / each entry points to exactly one of procedure, lifeEvent or document',
  });
export type SearchWords = z.output<typeof SearchWordsSchema>;

/**
 * Building blocks shared by every content schema.
 *
 * Every message here is written for office staff, in Vietnamese first with English beside it,
 * because these are the words they will read when an edit fails.
 */
import { z } from 'astro/zod';

/** An id is an ASCII Vietnamese slug: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Slug = z.string().regex(SLUG_PATTERN, {
  message:
    'phải là chuỗi không dấu, chữ thường, nối bằng gạch ngang, ví dụ "dang-ky-khai-sinh" / must be an ASCII slug such as "dang-ky-khai-sinh"',
});

/** Anything that looks like an HTML tag or entity: staff write plain text, never markup. */
const HTML_LIKE = /<\/?[a-z!][^>]*>|<script|&[a-z]+;|&#\d+;/i;

/** Plain text: non-empty after trimming, with no HTML. */
export const PlainText = z
  .string()
  .trim()
  .min(1, { message: 'không được để trống / must not be empty' })
  .refine((s) => !HTML_LIKE.test(s), {
    message: 'không được chứa thẻ HTML hay mã lệnh; hãy viết chữ thường / must not contain HTML tags or scripts: write plain text',
  });

/**
 * Plain text that also goes into the open data (CSV, Excel): it must not start like a spreadsheet
 * formula (=, +, -, @), which Excel would run when a journalist opens the file. The CSV writer
 * neutralises such cells anyway; this tells staff at the source.
 */
export const CellText = PlainText.refine((s) => !/^[=+\-@]/.test(s), {
  message:
    'không được bắt đầu bằng dấu = + - hoặc @: Excel coi đó là công thức khi mở tệp dữ liệu mở. Viết chữ trước, ví dụ "Giảm 5 ngày" thay cho "-5 ngày" / must not start with = + - or @ (a spreadsheet formula): start with a word',
});

/** A calendar date written YYYY-MM-DD. YAML may already have turned it into a Date. */
export const IsoDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(`${s}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    ctx.addIssue({
      code: 'custom',
      message: `ngày phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-28; nhận được "${String(v)}" / a date must be YYYY-MM-DD, e.g. 2026-11-28`,
    });
    return z.NEVER;
  }
  return s;
});

/** A whole number of days, trips or agencies: never negative, never a fraction. */
export const Count = z
  .number({ message: 'phải là một số, không đặt trong ngoặc kép / must be a number, not in quotes' })
  .int({ message: 'phải là số nguyên / must be a whole number' })
  .nonnegative({ message: 'không được là số âm / must not be negative' });

/** A web address, optional in most places. Only http(s): no javascript: links. */
export const WebUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s<>"]+$/i, {
    message: 'phải là địa chỉ web bắt đầu bằng https:// / must be a web address starting with https://',
  });

/** A list of ids that must not repeat. */
export const UniqueSlugs = z.array(Slug).refine((ids) => new Set(ids).size === ids.length, {
  message: 'có mã bị lặp lại trong danh sách / the list repeats an id',
});

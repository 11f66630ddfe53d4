import { findPlaceholders, PLACEHOLDER, PLACEHOLDER_ID, type PlaceholderKind } from '../placeholders.ts';
import { fieldPath } from '../../schemas/friendly-errors.ts';
import type { Entry } from '../content-set.ts';
import { isDraft, type Rule } from './context.ts';

type Found = { path: PropertyKey[]; kind: PlaceholderKind }[];

/**
 * What `npm run new` left to fill in: a warning listing them all in a draft, an error for each in
 * a published file. fields.json and agencies.json hold many entries in one file, so their paths
 * start at the entry's index.
 */
export const placeholdersLeft: Rule = (ctx) => {
  const { content } = ctx;
  const lists: [Entry<unknown>[], boolean][] = [
    [content.procedures, false],
    [content.documents, false],
    [content.metrics, false],
    [content.sources, false],
    [content.fields, true],
    [content.agencies, true],
  ];
  const byFile = new Map<string, { entry: Entry<unknown>; found: Found }>();
  for (const [list, inArray] of lists) {
    list.forEach((e, i) => {
      const found = findPlaceholders(e.data, inArray ? [i] : []);
      if (found.length === 0) return;
      const slot = byFile.get(e.file) ?? { entry: e, found: [] };
      slot.found.push(...found);
      byFile.set(e.file, slot);
    });
  }
  for (const { entry, found } of byFile.values()) {
    if (isDraft(entry)) {
      ctx.add(
        entry,
        found[0]!.path,
        `bản nháp còn ${found.length} chỗ "${PLACEHOLDER}" hoặc "${PLACEHOLDER_ID}" cần điền trước khi đăng: ${found.map((f) => fieldPath(f.path)).join(', ')} / draft: ${found.length} placeholder(s) left to fill in before publishing`,
        'warning',
      );
      continue;
    }
    for (const f of found) {
      if (ctx.options.allowPlaceholderText && f.kind === 'text') continue;
      ctx.add(
        entry,
        f.path,
        f.kind === 'id'
          ? `còn mã giữ chỗ "${PLACEHOLDER_ID}": thay bằng mã thật (tên tệp, không có đuôi), hoặc giữ "draft: true" nếu chưa xong / a placeholder id is left: put the real id, or keep the file a draft`
          : `còn chữ giữ chỗ "${PLACEHOLDER}": viết nội dung thật thay cho cả câu hướng dẫn, hoặc giữ "draft: true" nếu chưa xong / placeholder text is left: write the real text, or keep the file a draft`,
      );
    }
  }
};

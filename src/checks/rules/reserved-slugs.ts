import { RESERVED_PROCEDURE_SLUGS } from '../../utils/routes.ts';
import type { Rule } from './context.ts';

/**
 * A guide's file name is its address under /thu-tuc/, where the catalogue has pages of its own
 * (/thu-tuc/linh-vuc/..., /thu-tuc/danh-sach/a-z/); a paper's is its address under /giay-to/, whose index
 * pages are /giay-to/2/, /giay-to/3/... A file with one of those names would hide a page.
 */
export const reservedSlugs: Rule = (ctx) => {
  const reserved: readonly string[] = RESERVED_PROCEDURE_SLUGS;
  for (const p of ctx.content.procedures) {
    if (reserved.includes(p.id)) {
      ctx.add(
        p,
        [],
        `tên tệp "${p.id}" trùng với đường dẫn các trang danh mục (/thu-tuc/${p.id}/...); đổi tên tệp, ví dụ thêm tên thủ tục / file name "${p.id}" is taken by a catalogue page`,
      );
    }
  }
  for (const d of ctx.content.documents) {
    if (/^\d+$/.test(d.id)) {
      ctx.add(
        d,
        [],
        `tên tệp "${d.id}" chỉ có chữ số, trùng với một trang của danh mục giấy tờ (/giay-to/${d.id}/); đặt tên theo tên giấy tờ / a paper's file name may not be a number alone`,
      );
    }
  }
};

import { guideFacts, hasBasis } from '../facts.ts';
import type { Rule } from './context.ts';

/**
 * Every fact a guide states rests on a source or a legal document; so does every dated change.
 * A guide with no `certainty` at all is shown with every fact marked "one source" (a warning).
 */
export const factBasis: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    const d = p.data;
    if (d.certainty === undefined) {
      ctx.add(
        p,
        ['sources'],
        'chưa ghi "certainty" (độ chắc chắn và căn cứ của các thông tin): mọi thông tin được đánh dấu "một nguồn". Thêm khối certainty, xem content/README.md / no certainty given: every fact is marked one-source',
        'warning',
      );
    } else {
      for (const f of guideFacts(d)) {
        if (!f.stated || f.confidence === 'unverified' || hasBasis(f)) continue;
        ctx.add(
          p,
          f.index === undefined ? [f.field] : [f.field, f.index],
          `thông tin "${f.path}" được nêu (${f.confidence}) nhưng không có nguồn hay văn bản pháp lý; thêm "sources" hoặc "legal" vào certainty hoặc vào facts."${f.path}", hoặc ghi "unverified" nếu chưa xác minh / a stated fact needs a source or a legal document`,
        );
      }
    }
    d.changes.forEach((c, i) => {
      if (c.confidence === 'unverified' || c.sources.length > 0 || c.legal !== undefined) return;
      ctx.add(
        p,
        ['changes', i],
        `thay đổi từ ${c.from} không có nguồn ("sources") hay văn bản pháp lý ("legal"); thêm một trong hai / a change needs a source or a legal document`,
      );
    });
  }
};

import type { Rule } from './context.ts';

/** A change announced before its day names the legal document that makes it. */
export const upcomingChangeLegal: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    p.data.changes.forEach((c, i) => {
      if (c.from > ctx.today && c.legal === undefined)
        ctx.add(
          p,
          ['changes', i],
          `thay đổi sắp tới (từ ${c.from}) chưa ghi văn bản pháp lý; thêm "legal", ví dụ legal: "NĐ 301/2026/NĐ-CP" / an upcoming change needs its legal document ("legal")`,
        );
    });
  }
};

import type { Rule } from './context.ts';

/**
 * A change whose day has come is in force: still written "upcoming", staff should re-read the
 * guide's own text (a warning). Marked "in-force" before its day is a warning too: a build for
 * an earlier day (CONTENT_TODAY) still shows it as upcoming.
 */
export const changeStatus: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    p.data.changes.forEach((c, i) => {
      if (c.from <= ctx.today && c.status === 'upcoming')
        ctx.add(
          p,
          ['changes', i, 'from'],
          `thay đổi từ ${c.from} đã có hiệu lực (hôm nay là ${ctx.today}) nhưng vẫn ghi là sắp tới; đọc lại hướng dẫn rồi ghi status: in-force / a change already in force is still written as upcoming`,
          'warning',
        );
      if (c.from > ctx.today && c.status === 'in-force')
        ctx.add(
          p,
          ['changes', i, 'status'],
          `thay đổi từ ${c.from} chưa đến ngày nhưng ghi status: in-force; bỏ dòng status / marked in force before its day`,
          'warning',
        );
    });
  }
};

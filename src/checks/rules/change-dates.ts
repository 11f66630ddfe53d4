import type { Rule } from './context.ts';

/**
 * Dates of changes and history make sense: each list oldest first, no history in the future, a
 * change not announced after its day, a legal document not in force before it was issued.
 * (That each date is a real YYYY-MM-DD day is the schema's check.)
 */
export const changeDates: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    const d = p.data;
    d.changes.forEach((c, i) => {
      const prev = d.changes[i - 1];
      if (prev && c.from < prev.from)
        ctx.add(
          p,
          ['changes', i, 'from'],
          `thay đổi từ ${c.from} đứng sau thay đổi từ ${prev.from}; xếp các thay đổi theo ngày, cũ trước / changes must be in date order, oldest first`,
        );
      if (c.announced !== undefined && c.announced > c.from)
        ctx.add(
          p,
          ['changes', i, 'announced'],
          `ngày ghi nhận ${c.announced} sau ngày có hiệu lực ${c.from} / announced after it takes effect`,
        );
    });
    d.history.forEach((h, i) => {
      const prev = d.history[i - 1];
      if (prev && h.date < prev.date)
        ctx.add(
          p,
          ['history', i, 'date'],
          `mục lịch sử ngày ${h.date} đứng sau mục ngày ${prev.date}; xếp theo ngày, cũ trước / history must be in date order, oldest first`,
        );
      if (h.date > ctx.today)
        ctx.add(
          p,
          ['history', i, 'date'],
          `mục lịch sử ngày ${h.date} ở tương lai (hôm nay là ${ctx.today}); thay đổi sắp tới ghi vào "changes" / a history entry is in the future: write it under changes`,
        );
    });
    d.legalBasis.forEach((l, i) => {
      if (l.issued !== undefined && l.effective !== undefined && l.effective < l.issued)
        ctx.add(
          p,
          ['legalBasis', i, 'effective'],
          `văn bản ${l.number} có hiệu lực (${l.effective}) trước ngày ban hành (${l.issued}) / in force before it was issued`,
        );
    });
  }
};

import { REVIEW_AFTER_MONTHS, reviewDue } from '../review-dates.ts';
import type { Rule } from './context.ts';

/** lastReviewed is not in the future; over REVIEW_AFTER_MONTHS ago the guide "cần rà soát". */
export const reviewDate: Rule = (ctx) => {
  const { today } = ctx;
  for (const p of ctx.content.procedures) {
    const d = p.data;
    if (d.lastReviewed > today) {
      ctx.add(
        p,
        ['lastReviewed'],
        `ngày rà soát ${d.lastReviewed} ở tương lai; ghi ngày đã thực sự rà soát (hôm nay là ${today}) / lastReviewed is in the future`,
      );
    } else if (reviewDue(d.lastReviewed, today)) {
      ctx.add(
        p,
        ['lastReviewed'],
        `cần rà soát: lần rà soát cuối ${d.lastReviewed}, đã hơn ${REVIEW_AFTER_MONTHS} tháng. Đối chiếu lại với quy định hiện hành rồi sửa lastReviewed thành ngày rà soát / needs review: last reviewed over ${REVIEW_AFTER_MONTHS} months ago`,
        'warning',
      );
    }
  }
};

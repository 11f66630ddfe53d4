import { closest } from '../../schemas/friendly-errors.ts';
import { factKeys } from '../facts.ts';
import { isUnknown, refError, type Rule } from './context.ts';

/** Each key of `facts` names a fact the guide has; every source id of the certainty blocks exists. */
export const factReferences: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    const d = p.data;
    const known = factKeys(d);
    for (const key of Object.keys(d.facts)) {
      if (known.includes(key)) continue;
      const hint = closest(key, known);
      ctx.add(
        p,
        ['facts', key],
        `"${key}" không phải thông tin của hướng dẫn này${hint ? `; có phải ý bạn là "${hint}"?` : ''} (các mục đếm từ 0, ví dụ fees[0]; giấy tờ dùng chung có thể ghi requirements.<mã>) / "${key}" names no fact of this guide${hint ? `: did you mean "${hint}"?` : ''}`,
      );
    }
    const cited: [PropertyKey[], string[] | undefined][] = [
      [['certainty', 'sources'], d.certainty?.sources],
      ...Object.entries(d.facts).map(([k, o]): [PropertyKey[], string[] | undefined] => [['facts', k, 'sources'], o.sources]),
      ...d.changes.map((c, i): [PropertyKey[], string[] | undefined] => [['changes', i, 'sources'], c.sources]),
    ];
    for (const [path, ids] of cited) {
      (ids ?? []).forEach((id, i) => {
        if (isUnknown(id, ctx.ids.sources)) ctx.add(p, [...path, i], refError('nguồn', 'content/sources/', id, ctx.ids.sources));
      });
    }
  }
};

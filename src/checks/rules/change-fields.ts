import { CHANGEABLE_FIELDS, ProcedureSchema } from '../../schemas/index.ts';
import { closest, describeIssue } from '../../schemas/friendly-errors.ts';
import type { Rule } from './context.ts';

const changeable: readonly string[] = CHANGEABLE_FIELDS;
const shape = ProcedureSchema.shape;

/** A change sets fields the guide has, each to a value that field accepts. */
export const changeFields: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    p.data.changes.forEach((c, i) => {
      const keys = Object.keys(c.set);
      if (keys.length === 0)
        ctx.add(
          p,
          ['changes', i, 'set'],
          'thay đổi không ghi trường nào trong "set"; ghi trường và giá trị mới, ví dụ processingTime / a change must set at least one field',
        );
      for (const key of keys) {
        const path = ['changes', i, 'set', key];
        if (!changeable.includes(key)) {
          const hint = key in shape ? undefined : closest(key, changeable);
          const why = key in shape ? 'là trường không đổi theo quy định' : 'không có trong mẫu hướng dẫn';
          ctx.add(
            p,
            path,
            `trường "${key}" ${why}${hint ? `; có phải ý bạn là "${hint}"?` : ''}; các trường có thể đổi: ${changeable.join(', ')} / a change cannot set "${key}"${hint ? `: did you mean "${hint}"?` : ''}`,
          );
          continue;
        }
        const result = shape[key as (typeof CHANGEABLE_FIELDS)[number]].safeParse(c.set[key], { reportInput: true });
        if (result.success) continue;
        for (const issue of result.error.issues) ctx.add(p, [...path, ...issue.path], describeIssue(issue));
      }
    });
  }
};

import { refError, type Rule } from './context.ts';

/** A life event bundles published guides: every id must name one, and none may be a draft. */
export const lifeEventReferences: Rule = (ctx) => {
  for (const e of ctx.content.lifeEvents) {
    const refs: [PropertyKey[], string][] = [
      ...e.data.procedures.map((p, i): [PropertyKey[], string] => [['procedures', i, 'procedure'], p.procedure]),
      ...e.data.alternatives.map((a, i): [PropertyKey[], string] => [['alternatives', i, 'procedure'], a.procedure]),
    ];
    for (const [path, ref] of refs) {
      if (!ctx.ids.procedures.has(ref)) ctx.add(e, path, refError('thủ tục', 'content/procedures/', ref, ctx.ids.procedures));
      else if (ctx.draftProcedures.has(ref)) {
        ctx.add(e, path, `"${ref}" đang là bản nháp (draft) nên chưa được đăng; bỏ khỏi sự kiện hoặc đăng thủ tục đó / links to a draft`);
      }
    }
  }
};

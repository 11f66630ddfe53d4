import { isUnknown, refError, type Rule } from './context.ts';

/** A guide's field and agencies name entries of fields.json and agencies.json. */
export const guideTaxonomy: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    const d = p.data;
    if (isUnknown(d.field, ctx.ids.fields)) ctx.add(p, ['field'], refError('lĩnh vực', 'content/fields.json', d.field, ctx.ids.fields));
    const agencyRefs: [string, string[]][] = [
      ['decidingAgency', [d.decidingAgency]],
      ['submitAt', d.submitAt],
      ['coordinating', d.coordinating],
    ];
    for (const [key, list] of agencyRefs) {
      list.forEach((a, i) => {
        if (isUnknown(a, ctx.ids.agencies))
          ctx.add(p, key === 'decidingAgency' ? [key] : [key, i], refError('cơ quan', 'content/agencies.json', a, ctx.ids.agencies));
      });
    }
  }
};

/** Each paper a guide asks for names a document of the registry, published if the guide is. */
export const guideDocuments: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    p.data.requirements.forEach((r, i) => {
      if (r.document === undefined) return;
      const path = ['requirements', i, 'document'];
      if (isUnknown(r.document, ctx.ids.documents))
        ctx.add(p, path, refError('giấy tờ', 'content/documents/', r.document, ctx.ids.documents));
      else if (!p.data.draft && ctx.draftDocuments.has(r.document)) {
        ctx.add(
          p,
          path,
          `giấy tờ "${r.document}" đang là bản nháp (draft) nên chưa được đăng; đăng giấy tờ đó trước (bỏ "draft": true) / lists a draft document that is not published`,
        );
      }
    });
  }
};

/** Related and interconnected guides exist, are not the guide itself, and are published. */
export const guideLinks: Rule = (ctx) => {
  for (const p of ctx.content.procedures) {
    for (const key of ['related', 'interconnected'] as const) {
      p.data[key].forEach((ref, i) => {
        if (ref === p.id) ctx.add(p, [key, i], `thủ tục không thể liên kết tới chính nó / a guide cannot link to itself`);
        else if (isUnknown(ref, ctx.ids.procedures))
          ctx.add(p, [key, i], refError('thủ tục', 'content/procedures/', ref, ctx.ids.procedures));
        else if (!p.data.draft && ctx.draftProcedures.has(ref)) {
          ctx.add(
            p,
            [key, i],
            `"${ref}" đang là bản nháp (draft) nên chưa được đăng; bỏ liên kết hoặc đăng thủ tục đó / links to a draft that is not published`,
          );
        }
      });
    }
  }
};

/** An interconnection is listed on both guides (a warning: the link still works one way). */
export const interconnectedBothWays: Rule = (ctx) => {
  const byId = new Map(ctx.content.procedures.map((p) => [p.id, p]));
  for (const p of ctx.content.procedures) {
    p.data.interconnected.forEach((ref, i) => {
      const other = byId.get(ref);
      if (other && !other.data.interconnected.includes(p.id)) {
        ctx.add(
          p,
          ['interconnected', i],
          `"${ref}" chưa ghi liên thông ngược lại với "${p.id}"; thêm "${p.id}" vào interconnected của tệp đó / the interconnection should be listed on both guides`,
          'warning',
        );
      }
    });
  }
};

/** Guides and documents cite sources that exist. */
export const citedSources: Rule = (ctx) => {
  for (const e of [...ctx.content.procedures, ...ctx.content.documents]) {
    e.data.sources.forEach((s, i) => {
      if (isUnknown(s, ctx.ids.sources)) ctx.add(e, ['sources', i], refError('nguồn', 'content/sources/', s, ctx.ids.sources));
    });
  }
};

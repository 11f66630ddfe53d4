import type { Entry } from '../content-set.ts';
import type { Metric, Procedure } from '../../schemas/index.ts';
import { PLACEHOLDER_ID } from '../placeholders.ts';
import type { Rule } from './context.ts';

/** Each entry of fields.json, agencies.json and search-words.json has its own id. */
export const uniqueListIds: Rule = (ctx) => {
  for (const list of [ctx.content.fields, ctx.content.agencies, ctx.content.searchWords] as Entry<{ id: string }>[][]) {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.id)) ctx.add(e, [i, 'id'], `mã "${e.id}" bị trùng; mỗi mục cần một mã riêng / duplicate id "${e.id}"`);
      seen.add(e.id);
    });
  }
};

/**
 * Two guides with one title would look like the same page in every list and search result.
 * A draft may share a title while it is being rewritten (a warning); two published guides may not.
 */
export const uniqueGuideTitles: Rule = (ctx) => {
  const titles = new Map<string, Entry<Procedure>>();
  for (const p of [...ctx.content.procedures].sort((a, b) => Number(a.data.draft) - Number(b.data.draft))) {
    const key = p.data.title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    const other = titles.get(key);
    if (other) {
      ctx.add(
        p,
        ['title'],
        `tiêu đề "${p.data.title}" trùng với ${other.file}; mỗi hướng dẫn cần một tiêu đề riêng / duplicate title: another guide has it`,
        p.data.draft ? 'warning' : 'error',
      );
    } else titles.set(key, p);
  }
};

/** A guide has one metrics file: new periods go into it, not into a second file. */
export const oneMetricsFilePerProcedure: Rule = (ctx) => {
  const byProcedure = new Map<string, Entry<Metric>>();
  for (const m of ctx.content.metrics) {
    if (m.data.procedure === PLACEHOLDER_ID) continue;
    const other = byProcedure.get(m.data.procedure);
    if (other && other.id !== m.id) {
      ctx.add(
        m,
        ['procedure'],
        `thủ tục "${m.data.procedure}" đã có số liệu trong ${other.file}; mỗi thủ tục chỉ một tệp số liệu: thêm kỳ mới vào tệp đó / a guide has one metrics file`,
      );
    }
    byProcedure.set(m.data.procedure, m);
  }
};

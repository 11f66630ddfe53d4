import { foldedWords } from '../../utils/fold.ts';
import { isDraft, refError, type Rule } from './context.ts';

/**
 * content/search-words.json: each entry's words lead to one published page, and a word leads to
 * one page only (with or without marks: "ho khau" and "hộ khẩu" are the same word to the search).
 */
export const searchWordTargets: Rule = (ctx) => {
  const lifeEvents = new Set(ctx.content.lifeEvents.map((e) => e.id));
  const draftEvents = new Set(ctx.content.lifeEvents.filter(isDraft).map((e) => e.id));
  const targets = [
    ['procedure', 'thủ tục', 'content/procedures/', ctx.ids.procedures, ctx.draftProcedures],
    ['lifeEvent', 'sự kiện', 'content/life-events/', lifeEvents, draftEvents],
    ['document', 'giấy tờ', 'content/documents/', ctx.ids.documents, ctx.draftDocuments],
  ] as const;
  const seen = new Map<string, string>();
  ctx.content.searchWords.forEach((e, i) => {
    for (const [key, what, where, known, drafts] of targets) {
      const ref = e.data[key];
      if (ref === undefined) continue;
      if (!known.has(ref)) ctx.add(e, [i, key], `${refError(what, where, ref, known)}; từ tìm kiếm này không dẫn tới trang nào`);
      else if (drafts.has(ref))
        ctx.add(e, [i, key], `"${ref}" đang là bản nháp (draft), chưa được đăng: từ tìm kiếm không dẫn tới đâu / points to a draft`);
    }
    e.data.words.forEach((w, j) => {
      const key = foldedWords(w).join(' ');
      const other = seen.get(key);
      if (other !== undefined && other !== e.id)
        ctx.add(
          e,
          [i, 'words', j],
          `từ "${w}" đã có trong mục "${other}"; một từ chỉ dẫn tới một trang / word already leads to "${other}"`,
        );
      seen.set(key, e.id);
    });
  });
};

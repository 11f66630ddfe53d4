/**
 * Checks that need more than one file: references resolve, ids are unique, figures make sense,
 * guides are reviewed. Pure: the caller loads the files (Astro at build time, or the staff
 * checker) and decides what to do with the problems.
 */
import type { Metric, Procedure } from '../schemas/index.ts';
import type { ContentSet, Entry, LocatedProblem } from './content-set.ts';
import { REVIEW_AFTER_MONTHS, reviewDue } from './review-dates.ts';
import { findPlaceholders, PLACEHOLDER, PLACEHOLDER_ID, type PlaceholderKind } from './placeholders.ts';

const isDraft = (e: Entry<unknown>): boolean => (e.data as { draft?: unknown }).draft === true;

export interface CrossCheckOptions {
  /**
   * Preview of drafts in `npm run dev`: placeholder text is shown as it is instead of being an
   * error. Placeholder ids still are errors, since the page cannot be drawn without them.
   */
  allowPlaceholderText?: boolean;
}

/** Every cross-file problem in the content. `today` is YYYY-MM-DD. */
export function crossCheck(content: ContentSet, today: string, options: CrossCheckOptions = {}): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const fieldOf = (path: PropertyKey[]) =>
    path
      .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
      .join('')
      .replace(/^\./, '');
  const add = (e: Entry<unknown>, path: PropertyKey[], message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ file: e.file, path, field: fieldOf(path), message, severity });

  const ids = <T>(list: Entry<T>[]) => new Set(list.map((e) => e.id));
  const procedureIds = ids(content.procedures);
  const documentIds = ids(content.documents);
  const sourceIds = ids(content.sources);
  const fieldIds = ids(content.fields);
  const agencyIds = ids(content.agencies);
  const drafts = new Set(content.procedures.filter((p) => p.data.draft).map((p) => p.id));
  const draftDocuments = new Set(content.documents.filter((d) => d.data.draft).map((d) => d.id));

  const refError = (what: string, where: string, id: string, known: Set<string>) =>
    `không tìm thấy ${what} có mã "${id}" trong ${where}; các mã hiện có: ${[...known].sort().join(', ') || '(chưa có)'} / unknown ${what} id "${id}"`;
  // A placeholder id is reported once, as a placeholder, not also as an unknown reference.
  const unknown = (id: string, known: Set<string>) => id !== PLACEHOLDER_ID && !known.has(id);

  // fields.json and agencies.json hold many entries in one file: their paths start at the index.
  const lists: [Entry<unknown>[], boolean][] = [
    [content.procedures, false],
    [content.documents, false],
    [content.metrics, false],
    [content.sources, false],
    [content.fields, true],
    [content.agencies, true],
  ];
  const placeholdersByFile = new Map<string, { entry: Entry<unknown>; found: { path: PropertyKey[]; kind: PlaceholderKind }[] }>();
  for (const [list, inArray] of lists) {
    list.forEach((e, i) => {
      const found = findPlaceholders(e.data, inArray ? [i] : []);
      if (found.length === 0) return;
      const slot = placeholdersByFile.get(e.file) ?? { entry: e, found: [] };
      slot.found.push(...found);
      placeholdersByFile.set(e.file, slot);
    });
  }
  for (const { entry, found } of placeholdersByFile.values()) {
    if (isDraft(entry)) {
      add(
        entry,
        found[0]!.path,
        `bản nháp còn ${found.length} chỗ "${PLACEHOLDER}" hoặc "${PLACEHOLDER_ID}" cần điền trước khi đăng: ${found.map((f) => fieldOf(f.path)).join(', ')} / draft: ${found.length} placeholder(s) left to fill in before publishing`,
        'warning',
      );
      continue;
    }
    for (const f of found) {
      if (options.allowPlaceholderText && f.kind === 'text') continue;
      add(
        entry,
        f.path,
        f.kind === 'id'
          ? `còn mã giữ chỗ "${PLACEHOLDER_ID}": thay bằng mã thật (tên tệp, không có đuôi), hoặc giữ "draft: true" nếu chưa xong / a placeholder id is left: put the real id, or keep the file a draft`
          : `còn chữ giữ chỗ "${PLACEHOLDER}": viết nội dung thật thay cho cả câu hướng dẫn, hoặc giữ "draft: true" nếu chưa xong / placeholder text is left: write the real text, or keep the file a draft`,
      );
    }
  }

  for (const list of [content.fields, content.agencies] as Entry<{ id: string }>[][]) {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.id)) add(e, [i, 'id'], `mã "${e.id}" bị trùng; mỗi mục cần một mã riêng / duplicate id "${e.id}"`);
      seen.add(e.id);
    });
  }

  // Two guides with one title would look like the same page in every list and search result.
  // A draft may share a title while it is being rewritten (a warning); two published guides may not.
  const titles = new Map<string, Entry<Procedure>>();
  for (const p of [...content.procedures].sort((a, b) => Number(a.data.draft) - Number(b.data.draft))) {
    const key = p.data.title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    const other = titles.get(key);
    if (other) {
      add(
        p,
        ['title'],
        `tiêu đề "${p.data.title}" trùng với ${other.file}; mỗi hướng dẫn cần một tiêu đề riêng / duplicate title: another guide has it`,
        p.data.draft ? 'warning' : 'error',
      );
    } else titles.set(key, p);
  }

  for (const p of content.procedures) {
    const d = p.data;
    if (unknown(d.field, fieldIds)) add(p, ['field'], refError('lĩnh vực', 'content/fields.json', d.field, fieldIds));
    const agencyRefs: [string, string[]][] = [
      ['decidingAgency', [d.decidingAgency]],
      ['submitAt', d.submitAt],
      ['coordinating', d.coordinating],
    ];
    for (const [key, list] of agencyRefs) {
      list.forEach((a, i) => {
        if (unknown(a, agencyIds))
          add(p, key === 'decidingAgency' ? [key] : [key, i], refError('cơ quan', 'content/agencies.json', a, agencyIds));
      });
    }
    d.requirements.forEach((r, i) => {
      if (r.document === undefined) return;
      const path = ['requirements', i, 'document'];
      if (unknown(r.document, documentIds)) add(p, path, refError('giấy tờ', 'content/documents/', r.document, documentIds));
      else if (!d.draft && draftDocuments.has(r.document)) {
        add(
          p,
          path,
          `giấy tờ "${r.document}" đang là bản nháp (draft) nên chưa được đăng; đăng giấy tờ đó trước (bỏ "draft": true) / lists a draft document that is not published`,
        );
      }
    });
    for (const key of ['related', 'interconnected'] as const) {
      d[key].forEach((ref, i) => {
        if (ref === p.id) add(p, [key, i], `thủ tục không thể liên kết tới chính nó / a guide cannot link to itself`);
        else if (unknown(ref, procedureIds)) add(p, [key, i], refError('thủ tục', 'content/procedures/', ref, procedureIds));
        else if (!d.draft && drafts.has(ref)) {
          add(
            p,
            [key, i],
            `"${ref}" đang là bản nháp (draft) nên chưa được đăng; bỏ liên kết hoặc đăng thủ tục đó / links to a draft that is not published`,
          );
        }
      });
    }
    d.interconnected.forEach((ref, i) => {
      const other = content.procedures.find((q) => q.id === ref);
      if (other && !other.data.interconnected.includes(p.id)) {
        add(
          p,
          ['interconnected', i],
          `"${ref}" chưa ghi liên thông ngược lại với "${p.id}"; thêm "${p.id}" vào interconnected của tệp đó / the interconnection should be listed on both guides`,
          'warning',
        );
      }
    });
    d.sources.forEach((s, i) => {
      if (unknown(s, sourceIds)) add(p, ['sources', i], refError('nguồn', 'content/sources/', s, sourceIds));
    });
    if (d.lastReviewed > today) {
      add(
        p,
        ['lastReviewed'],
        `ngày rà soát ${d.lastReviewed} ở tương lai; ghi ngày đã thực sự rà soát (hôm nay là ${today}) / lastReviewed is in the future`,
      );
    } else if (reviewDue(d.lastReviewed, today)) {
      add(
        p,
        ['lastReviewed'],
        `cần rà soát: lần rà soát cuối ${d.lastReviewed}, đã hơn ${REVIEW_AFTER_MONTHS} tháng. Đối chiếu lại với quy định hiện hành rồi sửa lastReviewed thành ngày rà soát / needs review: last reviewed over ${REVIEW_AFTER_MONTHS} months ago`,
        'warning',
      );
    }
  }

  for (const doc of content.documents) {
    doc.data.sources.forEach((s, i) => {
      if (unknown(s, sourceIds)) add(doc, ['sources', i], refError('nguồn', 'content/sources/', s, sourceIds));
    });
  }

  const MEASURE_NAME = { days: 'số ngày giải quyết (days)', trips: 'số lần đi lại (trips)' } as const;
  for (const m of content.metrics) {
    if (unknown(m.data.procedure, procedureIds))
      add(m, ['procedure'], refError('thủ tục', 'content/procedures/', m.data.procedure, procedureIds));
    else if (!m.data.draft && drafts.has(m.data.procedure))
      add(
        m,
        ['procedure'],
        `"${m.data.procedure}" đang là bản nháp nên số liệu không có trang hướng dẫn để liên kết; đăng hướng dẫn trước, hoặc để số liệu là bản nháp / the guide is a draft`,
      );
    m.data.periods.forEach((period, i) => {
      const refs: [PropertyKey[], string | undefined][] = [
        [['periods', i, 'source'], period.source],
        [['periods', i, 'annotation', 'source'], period.annotation?.source],
        ...(['days', 'trips', 'agencies', 'onlineLevel'] as const).map((k): [PropertyKey[], string | undefined] => [
          ['periods', i, k, 'source'],
          period[k].source,
        ]),
      ];
      for (const [path, ref] of refs) {
        if (ref !== undefined && unknown(ref, sourceIds)) add(m, path, refError('nguồn', 'content/sources/', ref, sourceIds));
      }
      // A reform should not make things slower: compare with the latest earlier known figure.
      for (const k of ['days', 'trips'] as const) {
        const b = period[k].value;
        const earlier = m.data.periods
          .slice(0, i)
          .reverse()
          .find((q) => q[k].value !== null);
        const a = earlier?.[k].value ?? null;
        if (a !== null && b !== null && b > a) {
          add(
            m,
            ['periods', i, k, 'value'],
            `${MEASURE_NAME[k]} tăng từ ${a} (kỳ "${earlier!.period}") lên ${b} (kỳ "${period.period}"); hãy đối chiếu lại với nguồn. Nếu đúng, ghi lý do vào "note" của kỳ này / ${k} rose from ${a} to ${b}: confirm with the source`,
            'warning',
          );
        }
      }
    });
  }

  // A life event bundles published guides: every id must name one, and none may be a draft.
  for (const e of content.lifeEvents) {
    const refs: [PropertyKey[], string][] = [
      ...e.data.procedures.map((p, i): [PropertyKey[], string] => [['procedures', i, 'procedure'], p.procedure]),
      ...e.data.alternatives.map((a, i): [PropertyKey[], string] => [['alternatives', i, 'procedure'], a.procedure]),
    ];
    for (const [path, ref] of refs) {
      if (!procedureIds.has(ref)) add(e, path, refError('thủ tục', 'content/procedures/', ref, procedureIds));
      else if (drafts.has(ref)) {
        add(e, path, `"${ref}" đang là bản nháp (draft) nên chưa được đăng; bỏ khỏi sự kiện hoặc đăng thủ tục đó / links to a draft`);
      }
    }
  }

  const metricByProcedure = new Map<string, Entry<Metric>>();
  for (const m of content.metrics) {
    if (m.data.procedure === PLACEHOLDER_ID) continue;
    const other = metricByProcedure.get(m.data.procedure);
    if (other && other.id !== m.id) {
      add(
        m,
        ['procedure'],
        `thủ tục "${m.data.procedure}" đã có số liệu trong ${other.file}; mỗi thủ tục chỉ một tệp số liệu: thêm kỳ mới vào tệp đó / a guide has one metrics file`,
      );
    }
    metricByProcedure.set(m.data.procedure, m);
  }
  return problems;
}

/**
 * What `npm run dev` shows so that staff can preview a draft: the published content plus every
 * draft whose references all resolve (placeholder text is shown as it is). A draft that cannot
 * be drawn yet is left out, with the problems that stop it. Never used by the build.
 */
export function withPreviewDrafts(content: ContentSet, today: string): { content: ContentSet; hidden: LocatedProblem[] } {
  const undraft = <T>(e: Entry<T>): Entry<T> => ({ ...e, data: { ...e.data, draft: false } });
  let shown = content;
  const hidden: LocatedProblem[] = [];
  // Leaving one draft out can break another that links to it, hence the rounds.
  for (let round = 0; round <= content.procedures.length + content.documents.length + content.metrics.length; round++) {
    const draftFiles = new Set([...shown.procedures, ...shown.documents, ...shown.metrics].filter((e) => e.data.draft).map((e) => e.file));
    const asPublished: ContentSet = {
      ...shown,
      procedures: shown.procedures.map(undraft),
      documents: shown.documents.map(undraft),
      metrics: shown.metrics.map(undraft),
    };
    const blocking = crossCheck(asPublished, today, { allowPlaceholderText: true }).filter(
      (p) => p.severity === 'error' && draftFiles.has(p.file),
    );
    if (blocking.length === 0) break;
    hidden.push(...blocking);
    const out = new Set(blocking.map((p) => p.file));
    shown = {
      ...shown,
      procedures: shown.procedures.filter((e) => !out.has(e.file)),
      documents: shown.documents.filter((e) => !out.has(e.file)),
      metrics: shown.metrics.filter((e) => !out.has(e.file)),
    };
  }
  return { content: shown, hidden };
}

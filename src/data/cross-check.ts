/**
 * Checks that need more than one file: references resolve, ids are unique, figures make sense,
 * guides are reviewed. Pure: the caller loads the files (Astro at build time, or the staff
 * checker) and decides what to do with the problems.
 */
import type { ContentProblem } from '../schemas/friendly-errors.ts';
import type { Agency, DocumentEntry, Field, LifeEvent, Metric, Procedure, Source } from '../schemas/index.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the project root, e.g. "content/procedures/dang-ky-khai-sinh.md". */
  file: string;
  data: T;
}

export interface ContentSet {
  procedures: Entry<Procedure>[];
  documents: Entry<DocumentEntry>[];
  metrics: Entry<Metric>[];
  sources: Entry<Source>[];
  fields: Entry<Field>[];
  agencies: Entry<Agency>[];
  /** Life events that bundle procedures (content/life-events). */
  lifeEvents: Entry<LifeEvent>[];
}

/** A problem with the path of the field, so that the caller can find its line. */
export type LocatedProblem = ContentProblem & { path: PropertyKey[] };

/** Days after which a guide is listed as "cần rà soát" (needs review). */
export const REVIEW_AFTER_DAYS = 365;

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** Every cross-file problem in the content. `today` is YYYY-MM-DD. */
export function crossCheck(content: ContentSet, today: string): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const add = (e: Entry<unknown>, path: PropertyKey[], message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({
      file: e.file,
      path,
      field: path
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
        .join('')
        .replace(/^\./, ''),
      message,
      severity,
    });

  const ids = <T>(list: Entry<T>[]) => new Set(list.map((e) => e.id));
  const procedureIds = ids(content.procedures);
  const documentIds = ids(content.documents);
  const sourceIds = ids(content.sources);
  const fieldIds = ids(content.fields);
  const agencyIds = ids(content.agencies);
  const drafts = new Set(content.procedures.filter((p) => p.data.draft).map((p) => p.id));

  const refError = (what: string, where: string, id: string, known: Set<string>) =>
    `không tìm thấy ${what} có mã "${id}" trong ${where}; các mã hiện có: ${[...known].sort().join(', ') || '(chưa có)'} / unknown ${what} id "${id}"`;

  for (const list of [content.fields, content.agencies] as Entry<{ id: string }>[][]) {
    const seen = new Set<string>();
    list.forEach((e, i) => {
      if (seen.has(e.id)) add(e, [i, 'id'], `mã "${e.id}" bị trùng; mỗi mục cần một mã riêng / duplicate id "${e.id}"`);
      seen.add(e.id);
    });
  }

  for (const p of content.procedures) {
    const d = p.data;
    if (!fieldIds.has(d.field)) add(p, ['field'], refError('lĩnh vực', 'content/fields.json', d.field, fieldIds));
    const agencyRefs: [string, string[]][] = [
      ['decidingAgency', [d.decidingAgency]],
      ['submitAt', d.submitAt],
      ['coordinating', d.coordinating],
    ];
    for (const [key, list] of agencyRefs) {
      list.forEach((a, i) => {
        if (!agencyIds.has(a))
          add(p, key === 'decidingAgency' ? [key] : [key, i], refError('cơ quan', 'content/agencies.json', a, agencyIds));
      });
    }
    d.requirements.forEach((r, i) => {
      if (r.document !== undefined && !documentIds.has(r.document)) {
        add(p, ['requirements', i, 'document'], refError('giấy tờ', 'content/documents/', r.document, documentIds));
      }
    });
    for (const key of ['related', 'interconnected'] as const) {
      d[key].forEach((ref, i) => {
        if (ref === p.id) add(p, [key, i], `thủ tục không thể liên kết tới chính nó / a guide cannot link to itself`);
        else if (!procedureIds.has(ref)) add(p, [key, i], refError('thủ tục', 'content/procedures/', ref, procedureIds));
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
      if (!sourceIds.has(s)) add(p, ['sources', i], refError('nguồn', 'content/sources/', s, sourceIds));
    });
    const age = daysBetween(d.lastReviewed, today);
    if (age < 0) add(p, ['lastReviewed'], `ngày rà soát ${d.lastReviewed} ở tương lai / lastReviewed is in the future`);
    else if (age > REVIEW_AFTER_DAYS) {
      add(
        p,
        ['lastReviewed'],
        `cần rà soát: lần rà soát cuối ${d.lastReviewed}, đã hơn 12 tháng / needs review: last reviewed over 12 months ago`,
        'warning',
      );
    }
  }

  for (const doc of content.documents) {
    doc.data.sources.forEach((s, i) => {
      if (!sourceIds.has(s)) add(doc, ['sources', i], refError('nguồn', 'content/sources/', s, sourceIds));
    });
  }

  for (const m of content.metrics) {
    if (!procedureIds.has(m.data.procedure))
      add(m, ['procedure'], refError('thủ tục', 'content/procedures/', m.data.procedure, procedureIds));
    else if (drafts.has(m.data.procedure))
      add(
        m,
        ['procedure'],
        `"${m.data.procedure}" đang là bản nháp nên số liệu không có trang hướng dẫn để liên kết / the guide is a draft`,
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
        if (ref !== undefined && !sourceIds.has(ref)) add(m, path, refError('nguồn', 'content/sources/', ref, sourceIds));
      }
      const prev = m.data.periods[i - 1];
      if (!prev) return;
      for (const k of ['days', 'trips'] as const) {
        const [a, b] = [prev[k].value, period[k].value];
        if (a !== null && b !== null && b > a) {
          add(
            m,
            ['periods', i, k, 'value'],
            `${k} tăng từ ${a} lên ${b} so với kỳ trước; hãy kiểm tra lại với nguồn / ${k} rose from ${a} to ${b}: confirm with the source`,
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
    const other = metricByProcedure.get(m.data.procedure);
    if (other && other.id !== m.id) {
      add(
        m,
        ['procedure'],
        `thủ tục "${m.data.procedure}" đã có số liệu trong ${other.file}; mỗi thủ tục chỉ một tệp số liệu / a guide has one metrics file`,
      );
    }
    metricByProcedure.set(m.data.procedure, m);
  }
  return problems;
}

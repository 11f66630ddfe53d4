/** A small, consistent content set built in code, for tests of the cross-file rules. */
import type { ContentSet } from '../src/checks/content-set.ts';
import { ProcedureSchema } from '../src/schemas/index.ts';
import { validProcedure } from './valid-procedure.ts';

export function baseSet(): ContentSet {
  const proc = (id: string, extra = {}) => ({
    id,
    file: `content/procedures/${id}.md`,
    data: ProcedureSchema.parse({ ...validProcedure, ...extra }),
  });
  return {
    procedures: [proc('dang-ky-khai-sinh')],
    documents: [
      {
        id: 'giay-chung-sinh',
        file: 'content/documents/giay-chung-sinh.json',
        data: { name: 'Giấy chứng sinh', aliases: [], description: 'x', sources: [], draft: false },
      },
    ],
    metrics: [],
    sources: [
      { id: 'tong-hop-quy-dinh-2026', file: 'content/sources/t.json', data: { publisher: 'x', title: 'y', date: 2026, kind: 'office' } },
    ],
    fields: [{ id: 'ho-tich', file: 'content/fields.json', data: { id: 'ho-tich', name: 'Hộ tịch' } }],
    agencies: [
      { id: 'ubnd-phuong', file: 'content/agencies.json', data: { id: 'ubnd-phuong', name: 'UBND phường', kind: 'office' } },
      {
        id: 'diem-phuc-vu-hcc-phuong',
        file: 'content/agencies.json',
        data: { id: 'diem-phuc-vu-hcc-phuong', name: 'Điểm', kind: 'office' },
      },
    ],
    lifeEvents: [],
    searchWords: [
      { id: 'ho-khau', file: 'content/search-words.json', data: { id: 'ho-khau', words: ['hộ khẩu'], procedure: 'dang-ky-khai-sinh' } },
    ],
  };
}

/**
 * A small content set built in code, for unit tests of the view models: two guides in two
 * fields, one paper of the registry, one source, one life event. (Outside any test file, so
 * importing it never runs tests twice.)
 */
import type { ContentSet } from '../src/checks/content-set.ts';
import { LifeEventSchema, ProcedureSchema, SourceSchema } from '../src/schemas/index.ts';
import { validProcedure } from './valid-procedure.ts';

const entry = <T>(id: string, file: string, data: T) => ({ id, file, data });

export function smallContent(): ContentSet {
  return {
    procedures: [
      entry('dang-ky-khai-sinh', 'content/procedures/dang-ky-khai-sinh.md', ProcedureSchema.parse(validProcedure)),
      entry(
        'dang-ky-thuong-tru',
        'content/procedures/dang-ky-thuong-tru.md',
        ProcedureSchema.parse({
          ...validProcedure,
          title: 'Đăng ký thường trú',
          field: 'cu-tru',
          processingTime: { days: 7, dayKind: 'working', text: '7 ngày làm việc.' },
          onlineLevel: 'partial',
          requirements: [{ document: 'giay-chung-sinh', form: 'copy', condition: 'Nếu đăng ký cho trẻ' }],
        }),
      ),
    ],
    documents: [
      entry('giay-chung-sinh', 'content/documents/giay-chung-sinh.json', {
        name: 'Giấy chứng sinh',
        aliases: ['chứng sinh'],
        description: 'Giấy do cơ sở y tế nơi trẻ sinh ra cấp.',
        sources: [],
        draft: false,
      }),
    ],
    metrics: [],
    sources: [
      entry(
        'tong-hop-quy-dinh-2026',
        'content/sources/tong-hop-quy-dinh-2026.json',
        SourceSchema.parse({ publisher: 'Bộ phận Một cửa', title: 'Tổng hợp quy định', date: 2026, kind: 'office' }),
      ),
    ],
    fields: [
      entry('ho-tich', 'content/fields.json', { id: 'ho-tich', name: 'Hộ tịch' }),
      entry('cu-tru', 'content/fields.json', { id: 'cu-tru', name: 'Cư trú' }),
    ],
    agencies: [
      entry('ubnd-phuong', 'content/agencies.json', { id: 'ubnd-phuong', name: 'Ủy ban nhân dân phường', kind: 'office' as const }),
      entry('diem-phuc-vu-hcc-phuong', 'content/agencies.json', {
        id: 'diem-phuc-vu-hcc-phuong',
        name: 'Điểm phục vụ hành chính công phường',
        shortName: 'Điểm phục vụ hành chính công',
        kind: 'office' as const,
      }),
    ],
    lifeEvents: [
      entry(
        'sinh-con',
        'content/life-events/sinh-con.json',
        LifeEventSchema.parse({
          title: 'Sinh con',
          summary: 'Khai sinh và thường trú cho con.',
          procedures: [{ procedure: 'dang-ky-khai-sinh' }, { procedure: 'dang-ky-thuong-tru', condition: 'Nếu làm riêng' }],
          lastReviewed: '2026-11-28',
        }),
      ),
    ],
    searchWords: [],
  };
}

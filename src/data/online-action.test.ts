import { describe, expect, it } from 'vitest';
import { ProcedureSchema } from '../schemas/index.ts';
import { readContent } from '../checks/read-content.ts';
import { validProcedure } from '../../tests/valid-procedure.ts';
import { ROOT } from '../../tests/content-fixtures.ts';
import { onlineAction } from './online-action.ts';
import { procedureView } from './procedures.ts';

const sources = [
  {
    id: 'tong-hop',
    file: 'content/sources/tong-hop.json',
    data: { publisher: 'Trang', title: 'Tổng hợp', date: 2026, kind: 'office' as const },
  },
];
const guide = (extra: object) => ProcedureSchema.parse({ ...validProcedure, ...extra });

describe('"Nộp trực tuyến" on a guide', () => {
  it('is a button to exactly the page the content gives, with its caveat and source', () => {
    const url = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfb-d76d-737f-81b9-69258b07240b';
    expect(onlineAction(guide({ onlineUrl: url, onlineUrlSource: 'tong-hop', onlineUrlNote: 'Một nguồn.' }), sources)).toEqual({
      kind: 'page',
      href: url,
      note: 'Một nguồn.',
      source: 'Trang: Tổng hợp',
    });
  });

  it('without a page of its own is a line saying where to find it, never a button', () => {
    expect(onlineAction(guide({ onlineHowTo: 'Chọn mục liên thông trên Cổng.' }), sources)).toEqual({
      kind: 'where',
      text: 'Chọn mục liên thông trên Cổng.',
    });
  });

  it('is left out when the content says nothing about filing online', () => {
    expect(onlineAction(guide({}), sources)).toBeUndefined();
  });
});

describe('"Nộp trực tuyến" on the real guides', () => {
  const { content } = readContent(ROOT, '2026-11-28');
  const site = { siteUrl: 'https://example.vn', editBaseUrl: undefined };

  it('only the household business guide has a page of its own (the portal entry page from the facts), and every button is its content URL', () => {
    const buttons = content.procedures
      .map((p) => [p.id, procedureView(content, p.id, site).online] as const)
      .filter(([, o]) => o?.kind === 'page');
    expect(buttons.map(([id, o]) => [id, o?.kind === 'page' ? o.href : ''])).toEqual([
      ['dang-ky-ho-kinh-doanh', 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfb-d76d-737f-81b9-69258b07240b'],
    ]);
  });

  it('the interconnected birth bundle says where to find the service instead of linking the portal home page', () => {
    const o = procedureView(content, 'lien-thong-khai-sinh-thuong-tru-bhyt', site).online;
    expect(o).toMatchObject({ kind: 'where' });
    expect(o?.kind === 'where' && o.text).toMatch(/Dịch vụ công liên thông khai sinh, khai tử/);
  });
});

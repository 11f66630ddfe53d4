import { describe, expect, it } from 'vitest';
import { smallContent } from '../../tests/content-set.ts';
import { documentPage, documentsIndex, documentUses } from './documents.ts';
import { guidePage, lifeEventPage } from './detail-pages.ts';
import { homePage, procedureCards, sourceList } from './lists.ts';

const site = { siteUrl: 'https://motcua.example.vn', editBaseUrl: 'https://example.invalid/edit/content/' };

describe('list pages get their lines ready to show', () => {
  it('every guide is a card, sorted by title the Vietnamese way, with field, time and online level in one line', () => {
    const cards = procedureCards(smallContent());
    expect(cards.map((c) => c.title)).toEqual(['Đăng ký khai sinh', 'Đăng ký thường trú']);
    expect(cards[0]).toMatchObject({
      href: '/thu-tuc/dang-ky-khai-sinh/',
      meta: 'Hộ tịch · Thời hạn: cần xác nhận · Trực tuyến toàn trình',
    });
    expect(cards[1]!.meta).toBe('Cư trú · 7 ngày làm việc · Trực tuyến một phần');
  });

  it('the home page groups guides by field in the order of fields.json and lists the life events', () => {
    const home = homePage(smallContent());
    expect(home.groups.map((g) => [g.field.name, g.procedures.map((p) => p.href)])).toEqual([
      ['Hộ tịch', ['/thu-tuc/dang-ky-khai-sinh/']],
      ['Cư trú', ['/thu-tuc/dang-ky-thuong-tru/']],
    ]);
    expect(home.events.map((e) => e.href)).toEqual(['/su-kien/sinh-con/']);
    expect(home.highlights).toEqual([]);
  });

  it('a source says publisher, date and kind in one line', () => {
    expect(sourceList(smallContent())).toEqual([
      {
        id: 'tong-hop-quy-dinh-2026',
        title: 'Tổng hợp quy định',
        url: undefined,
        meta: 'Bộ phận Một cửa · 2026 · Tài liệu của cơ quan',
        note: undefined,
      },
    ]);
  });

  it('each paper links to the line of every guide and life event that needs it, with the form asked', () => {
    const [doc] = documentUses(smallContent());
    expect(doc!.href).toBe('/giay-to/giay-chung-sinh/');
    expect(doc!.usedBy.map((u) => [u.href, u.form, u.condition])).toEqual([
      ['/thu-tuc/dang-ky-khai-sinh/#giay-to-giay-chung-sinh', 'Bản chính, 1 bản', undefined],
      ['/thu-tuc/dang-ky-thuong-tru/#giay-to-giay-chung-sinh', 'Bản sao', 'Nếu đăng ký cho trẻ'],
    ]);
    expect(doc!.inEvents).toEqual([{ id: 'sinh-con', title: 'Sinh con', href: '/su-kien/sinh-con/#giay-to-giay-chung-sinh' }]);
    expect(documentPage(doc!, doc!.usedBy, 1, 1)).toMatchObject({ title: 'Giấy chứng sinh', usedByCount: 2, showEvents: true });
    expect(documentsIndex([doc!]).lines).toEqual([
      { href: '/giay-to/giay-chung-sinh/', title: 'Giấy chứng sinh', meta: 'chứng sinh · 2 thủ tục · 1 sự kiện' },
    ]);
  });
});

describe('detail pages get their checklist, addresses and search head', () => {
  it("a guide's view model holds its checklist, absolute address, edit address and folded alias", () => {
    const { procedure: p, head } = guidePage(smallContent(), 'dang-ky-khai-sinh', site);
    expect(p.url).toBe('https://motcua.example.vn/thu-tuc/dang-ky-khai-sinh/');
    expect(p.editHref).toBe('https://example.invalid/edit/content/procedures/dang-ky-khai-sinh.md');
    expect(p.checklist).toMatchObject({ scope: 'thu-tuc/dang-ky-khai-sinh', url: p.url, where: 'Điểm phục vụ hành chính công' });
    expect(p.checklist.items.map((i) => [i.key, i.documentHref])).toEqual([
      ['giay-chung-sinh', '/giay-to/giay-chung-sinh/'],
      ['rieng-1', undefined],
    ]);
    expect(p.sources.map((s) => s.href)).toEqual(['/nguon/#tong-hop-quy-dinh-2026']);
    expect(head.kind).toBe('Hướng dẫn thủ tục');
    expect(head.alias.split(' | ')).toEqual(expect.arrayContaining(['dang ky khai sinh', 'giay chung sinh', 'chung sinh']));
    expect(JSON.parse(head.jsonLd!)).toMatchObject({ '@type': 'GovernmentService', url: p.url });
  });

  it('without an edit address in settings, a guide has no edit link', () => {
    expect(
      guidePage(smallContent(), 'dang-ky-khai-sinh', { siteUrl: site.siteUrl, editBaseUrl: undefined }).procedure.editHref,
    ).toBeUndefined();
  });

  it("a life event's merged checklist is ready to render and its head is a HowTo", () => {
    const { event, head } = lifeEventPage(smallContent(), 'sinh-con', site);
    expect(event.checklistView).toMatchObject({
      scope: 'su-kien/sinh-con',
      title: 'Sinh con',
      url: 'https://motcua.example.vn/su-kien/sinh-con/',
    });
    expect(event.checklistView.items.map((i) => i.key)).toEqual(['giay-chung-sinh', 'dang-ky-khai-sinh-rieng-1']);
    expect(head.kind).toBe('Sự kiện');
    expect(JSON.parse(head.jsonLd!)).toMatchObject({ '@type': 'HowTo', name: 'Sinh con' });
  });
});

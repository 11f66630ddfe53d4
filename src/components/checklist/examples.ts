/**
 * Examples of the checklist, from real guides: "Đăng ký khai sinh" (content/procedures/
 * dang-ky-khai-sinh.md) and the merged list of the life event "Sinh con" (content/life-events/).
 */
import type { ChecklistView } from '../../data/checklist.ts';
import type { ComponentExamples } from '../component-examples.ts';
import Checklist from './Checklist.astro';

const SITE = 'https://motcua-namtuliem.example.vn';

const guide: ChecklistView = {
  scope: 'thu-tuc/dang-ky-khai-sinh',
  title: 'Đăng ký khai sinh',
  url: `${SITE}/thu-tuc/dang-ky-khai-sinh/`,
  where: 'Điểm phục vụ hành chính công; Cổng DVCQG',
  items: [
    {
      key: 'giay-chung-sinh',
      name: 'Giấy chứng sinh',
      documentHref: '/giay-to/giay-chung-sinh/',
      details: ['Bản chính hoặc bản sao'],
      condition: undefined,
      template: undefined,
      notes: [
        'Nếu không có giấy chứng sinh, thay bằng văn bản của người làm chứng, hoặc giấy cam đoan về việc sinh nếu không có người làm chứng. Bản chính hay bản sao cần xác nhận.',
      ],
      neededBy: [],
      shareLine: 'Giấy chứng sinh (Bản chính hoặc bản sao)',
    },
    {
      key: 'van-ban-uy-quyen',
      name: 'Văn bản ủy quyền',
      documentHref: '/giay-to/van-ban-uy-quyen/',
      details: ['Bản chính'],
      condition: 'Nếu nhờ người khác nộp thay',
      template: undefined,
      notes: [],
      neededBy: [],
      shareLine: 'Văn bản ủy quyền (Bản chính; nếu nhờ người khác nộp thay)',
    },
  ],
};

const lifeEvent: ChecklistView = {
  scope: 'su-kien/sinh-con',
  title: 'Sinh con',
  url: `${SITE}/su-kien/sinh-con/`,
  items: [
    {
      key: 'dang-ky-thuong-tru-rieng-1',
      name: 'Giấy tờ chứng minh chỗ ở hợp pháp và các giấy tờ khác theo trường hợp',
      documentHref: undefined,
      details: ['Bản chính hoặc bản sao'],
      condition: 'Chỉ khi làm riêng từng việc, không qua hồ sơ liên thông',
      template: undefined,
      notes: ['Trang này chưa liệt kê chi tiết; hãy hỏi Công an phường hoặc xem trên Cổng Dịch vụ công quốc gia.'],
      neededBy: [{ title: 'Đăng ký thường trú', href: '/thu-tuc/dang-ky-thuong-tru/#giay-to-rieng-1', detail: '' }],
      shareLine:
        'Giấy tờ chứng minh chỗ ở hợp pháp và các giấy tờ khác theo trường hợp (Bản chính hoặc bản sao; Chỉ khi làm riêng từng việc, không qua hồ sơ liên thông; cần cho: Đăng ký thường trú)',
    },
    {
      key: 'to-khai-thay-doi-thong-tin-cu-tru',
      name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
      documentHref: '/giay-to/to-khai-thay-doi-thong-tin-cu-tru/',
      details: [],
      condition: 'Nếu hệ thống yêu cầu, hoặc chỉ khi làm riêng từng việc, không qua hồ sơ liên thông',
      template: { name: 'Mẫu CT01' },
      notes: [],
      neededBy: [
        {
          title: 'Khai sinh, thường trú, thẻ BHYT cho trẻ (liên thông)',
          href: '/thu-tuc/lien-thong-khai-sinh-thuong-tru-bhyt/#giay-to-to-khai-thay-doi-thong-tin-cu-tru',
          detail: 'Bản chính; nếu hệ thống yêu cầu',
        },
        {
          title: 'Đăng ký thường trú',
          href: '/thu-tuc/dang-ky-thuong-tru/#giay-to-to-khai-thay-doi-thong-tin-cu-tru',
          detail: 'Bản chính; chỉ khi làm riêng từng việc, không qua hồ sơ liên thông',
        },
      ],
      shareLine:
        'Tờ khai thay đổi thông tin cư trú (mẫu CT01) (Nếu hệ thống yêu cầu, hoặc chỉ khi làm riêng từng việc, không qua hồ sơ liên thông; cần cho: Khai sinh, thường trú, thẻ BHYT cho trẻ (liên thông) (Bản chính; nếu hệ thống yêu cầu); Đăng ký thường trú (Bản chính; chỉ khi làm riêng từng việc, không qua hồ sơ liên thông))',
    },
  ],
};

const examples: ComponentExamples<ChecklistView> = {
  component: Checklist,
  examples: [
    {
      name: "a guide's papers: one always needed, one only in some cases",
      props: guide,
      contains: [
        'Giấy chứng sinh',
        'Bản chính hoặc bản sao',
        'Bắt buộc',
        'Nếu nhờ người khác nộp thay',
        'Giấy tờ này dùng cho thủ tục nào?',
      ],
      lacks: ['Cần cho:'],
      has: [
        '[data-module="checklist"][data-scope="thu-tuc/dang-ky-khai-sinh"]',
        'li#giay-to-giay-chung-sinh input[type="checkbox"]',
        'a.doc-link[href="/giay-to/#giay-chung-sinh"]',
        '.actions[data-needs-js][hidden]',
        'p.help[data-needs-js][hidden]',
      ],
      hasNot: ['[data-js-only]', '.needed'],
    },
    {
      name: 'a life event: each paper says which procedures need it, a one-off paper has no documents link',
      props: lifeEvent,
      contains: ['Cần cho:', 'Đăng ký thường trú', 'Mẫu: Mẫu CT01', 'Nếu hệ thống yêu cầu, hoặc chỉ khi làm riêng từng việc'],
      lacks: ['Bắt buộc'],
      has: [
        '.needed a[href="/thu-tuc/dang-ky-thuong-tru/#giay-to-rieng-1"]',
        'li#giay-to-to-khai-thay-doi-thong-tin-cu-tru',
        'strong.condition',
      ],
      hasNot: ['li#giay-to-dang-ky-thuong-tru-rieng-1 a.doc-link', '[data-where]'],
    },
  ],
};

export default examples;

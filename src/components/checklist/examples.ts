/**
 * Examples of the checklist, from real guides: "Đăng ký khai sinh" (content/procedures/
 * dang-ky-khai-sinh.md) and the merged list of the path "Làm riêng từng việc" of the life event
 * "Sinh con" (content/life-events/sinh-con.json). Registry papers carry their document id
 * (data-doc), under which their tick is shared by every page; one-off papers do not.
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
      documentId: 'giay-chung-sinh',
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
      documentId: 'van-ban-uy-quyen',
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
  scope: 'su-kien/sinh-con/lam-rieng',
  title: 'Sinh con – Làm riêng từng việc',
  url: `${SITE}/su-kien/sinh-con/lam-rieng/`,
  items: [
    {
      key: 'dang-ky-thuong-tru-rieng-1',
      name: 'Giấy tờ chứng minh chỗ ở hợp pháp và các giấy tờ khác theo trường hợp',
      documentId: undefined,
      documentHref: undefined,
      details: ['Bản chính hoặc bản sao'],
      condition: undefined,
      template: undefined,
      notes: ['Trang này chưa liệt kê chi tiết; hãy hỏi Công an phường hoặc xem trên Cổng Dịch vụ công quốc gia.'],
      neededBy: [{ title: 'Đăng ký thường trú', href: '/thu-tuc/dang-ky-thuong-tru/#giay-to-rieng-1', detail: '' }],
      shareLine:
        'Giấy tờ chứng minh chỗ ở hợp pháp và các giấy tờ khác theo trường hợp: bản chính hoặc bản sao – cần cho: Đăng ký thường trú',
    },
    {
      key: 'can-cuoc',
      name: 'Thẻ căn cước (căn cước công dân)',
      documentId: 'can-cuoc',
      documentHref: '/giay-to/can-cuoc/',
      details: ['Xuất trình (không nộp lại)'],
      condition: undefined,
      template: undefined,
      notes: [],
      neededBy: [{ title: 'Đăng ký khai sinh', href: '/thu-tuc/dang-ky-khai-sinh/#giay-to-can-cuoc', detail: '' }],
      shareLine: 'Thẻ căn cước (căn cước công dân): xuất trình (không nộp lại) – cần cho: Đăng ký khai sinh',
    },
    {
      key: 'to-khai-thay-doi-thong-tin-cu-tru',
      name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
      documentId: 'to-khai-thay-doi-thong-tin-cu-tru',
      documentHref: '/giay-to/to-khai-thay-doi-thong-tin-cu-tru/',
      details: ['Bản chính'],
      condition: undefined,
      template: { name: 'Mẫu CT01' },
      notes: [],
      neededBy: [
        { title: 'Đăng ký thường trú', href: '/thu-tuc/dang-ky-thuong-tru/#giay-to-to-khai-thay-doi-thong-tin-cu-tru', detail: '' },
      ],
      shareLine: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01): bản chính – cần cho: Đăng ký thường trú',
    },
    {
      key: 'van-ban-uy-quyen',
      name: 'Văn bản ủy quyền',
      documentId: 'van-ban-uy-quyen',
      documentHref: '/giay-to/van-ban-uy-quyen/',
      details: ['Bản chính'],
      condition: 'Nếu nhờ người khác nộp thay',
      template: undefined,
      notes: [],
      neededBy: [{ title: 'Đăng ký khai sinh', href: '/thu-tuc/dang-ky-khai-sinh/#giay-to-van-ban-uy-quyen', detail: '' }],
      shareLine: 'Văn bản ủy quyền: bản chính; nếu nhờ người khác nộp thay – cần cho: Đăng ký khai sinh',
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
        'li#giay-to-giay-chung-sinh[data-doc="giay-chung-sinh"] input[type="checkbox"]',
        'a.doc-link[href="/giay-to/giay-chung-sinh/"]',
        '.actions[data-needs-js][hidden]',
        'p.help[data-needs-js][hidden]',
      ],
      hasNot: ['[data-js-only]', '.needed'],
    },
    {
      name: 'one path of a life event: each paper says which procedures need it, a one-off paper has no documents link',
      props: lifeEvent,
      contains: ['Cần cho:', 'Đăng ký thường trú', 'Mẫu: Mẫu CT01', 'Nếu nhờ người khác nộp thay', 'Hoàn tác'],
      lacks: ['Chỉ khi làm riêng', 'liên thông'],
      has: [
        '.needed a[href="/thu-tuc/dang-ky-thuong-tru/#giay-to-rieng-1"]',
        'li#giay-to-to-khai-thay-doi-thong-tin-cu-tru',
        'li#giay-to-can-cuoc[data-doc="can-cuoc"]',
        'strong.condition',
        '[role="status"] button[data-action="undo"][hidden]',
        '.actions button[data-action="print"] + button[data-action="clear"]',
      ],
      hasNot: ['li#giay-to-dang-ky-thuong-tru-rieng-1 a.doc-link', 'li#giay-to-dang-ky-thuong-tru-rieng-1[data-doc]', '[data-where]'],
    },
  ],
};

export default examples;

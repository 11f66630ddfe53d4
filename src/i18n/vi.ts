/** UI strings. Vietnamese is the site's language; keep every label here, not in components. */
import type { DayKind, OnlineLevel, PaperForm, Source } from '../schemas/index.ts';
import { REVIEW_AFTER_MONTHS } from '../checks/review-dates.ts';

/** Checklist strings; a separate export so the browser script bundles only these. */
export const checklistUi = {
  help: 'Đánh dấu giấy tờ bạn đã chuẩn bị. Dấu được lưu trên thiết bị này, không cần đăng nhập.',
  always: 'Bắt buộc',
  neededBy: 'Cần cho:',
  template: 'Mẫu:',
  aboutDocument: 'Giấy tờ này dùng cho thủ tục nào?',
  clear: 'Bỏ chọn tất cả',
  copy: 'Sao chép danh sách',
  share: 'Chia sẻ',
  print: 'In danh sách',
  copyFallback: 'Danh sách giấy tờ dạng chữ để sao chép',
  copied: 'Đã sao chép danh sách. Bạn có thể dán vào Zalo hoặc tin nhắn.',
  copyManually: 'Không sao chép tự động được: hãy chọn và sao chép đoạn chữ bên dưới.',
  cleared: 'Đã bỏ chọn tất cả giấy tờ.',
  progress: (done: number, total: number): string => `Đã có ${done}/${total} giấy tờ.`,
  shareHeading: (title: string): string => `${title}: giấy tờ cần mang`,
  shareWhere: 'Nơi nộp',
  shareLink: 'Xem hướng dẫn',
} as const;

/** Search strings; a separate export so the browser script bundles only these. */
export const searchUi = {
  label: 'Tìm kiếm',
  placeholder: 'Ví dụ: giấy khai sinh, sổ đỏ',
  submit: 'Tìm',
  loading: 'Đang tìm…',
  failed: 'Không tải được công cụ tìm kiếm. Hãy thử lại, hoặc xem danh sách thủ tục.',
  empty: (q: string): string => `Không tìm thấy kết quả cho “${q}”. Hãy thử từ khác, có dấu hoặc không dấu.`,
  count: (n: number, q: string): string => `${n} kết quả cho “${q}”.`,
  noGoodMatch: (q: string): string => `Không có trang nào khớp đúng “${q}”. Dưới đây là các kết quả gần đúng.`,
  checklistItem: 'Trong danh sách giấy tờ:',
} as const;

export const ui = {
  skipLink: 'Bỏ qua, tới nội dung chính',
  nav: {
    home: 'Trang chủ',
    procedures: 'Thủ tục',
    events: 'Theo sự kiện',
    documents: 'Giấy tờ',
    report: 'Báo cáo cải cách',
    sources: 'Nguồn',
  },
  navLabel: 'Điều hướng chính',
  footer: {
    hotlines: 'Đường dây nóng',
    disclaimer:
      'Trang tổng hợp quy định từ các nguồn công khai để người dân chuẩn bị trước khi đi làm thủ tục. Quy định có thể thay đổi: hãy xác nhận với Bộ phận Một cửa trước khi nộp hồ sơ.',
  },
  unknown: 'Chưa có số liệu',
  toConfirm: 'Cần xác nhận với Bộ phận Một cửa',
  lastReviewed: 'Rà soát lần cuối',
  reformHeading: 'Kết quả cải cách',
  lifeEvents: 'Làm thủ tục theo sự kiện',
  deciding: 'Cơ quan giải quyết',
  noReformFigures: 'Báo cáo cải cách chưa có số liệu riêng cho thủ tục này.',
  seeReport: 'Xem báo cáo cải cách',
} as const;

export const PAPER_FORM_LABEL: Record<PaperForm, string> = {
  original: 'Bản chính',
  'certified-copy': 'Bản sao có chứng thực',
  copy: 'Bản sao',
  'original-or-copy': 'Bản chính hoặc bản sao',
  present: 'Xuất trình (không nộp lại)',
};

export const ONLINE_LEVEL_LABEL: Record<OnlineLevel, string> = {
  full: 'Trực tuyến toàn trình',
  partial: 'Trực tuyến một phần',
  none: 'Chưa có dịch vụ trực tuyến',
  unknown: 'Chưa xác nhận',
};

/** The unit after a number of days: "2 ngày làm việc", "27 ngày". */
export const DAY_KIND_SHORT: Record<DayKind, string> = {
  working: 'ngày làm việc',
  calendar: 'ngày',
  unspecified: 'ngày',
};

/** The kind of day as a short clause for captions and notes. */
export const DAY_KIND_NOTE: Record<DayKind, string> = {
  working: 'ngày làm việc',
  calendar: 'ngày theo lịch, kể cả ngày nghỉ',
  unspecified: 'nguồn không nói rõ là ngày làm việc hay ngày theo lịch',
};

/** The kind of day in a table cell beside the number. */
export const DAY_KIND_LABEL: Record<DayKind, string> = {
  working: 'ngày làm việc',
  calendar: 'ngày (kể cả ngày nghỉ)',
  unspecified: 'ngày (nguồn không nói rõ ngày làm việc hay ngày lịch)',
};

/** The kind of day when two figures may not count the same days. */
export const DAY_KIND_CLAUSE: Record<DayKind, string> = {
  working: 'ngày làm việc',
  calendar: 'ngày theo lịch',
  unspecified: 'nguồn không nói rõ loại ngày',
};

/** The kind of page, shown beside each search result (Pagefind's `kind` meta). */
export const PAGE_KIND = {
  procedure: 'Hướng dẫn thủ tục',
  lifeEvent: 'Sự kiện',
  documents: 'Giấy tờ',
} as const;

/** The `kind` of the documents index, a page of many entries where a hit lands on its section. */
export const LIST_PAGE_KIND = PAGE_KIND.documents;

export const SOURCE_KIND_LABEL: Record<Source['kind'], string> = {
  news: 'Báo chí',
  legal: 'Văn bản pháp luật',
  portal: 'Cổng thông tin',
  office: 'Tài liệu của cơ quan',
};

/** Strings for office staff: the edit link on guides and the review page (/can-bo/). */
export const staffUi = {
  editPage: 'Sửa trang này',
  editHint: '(dành cho cán bộ)',
  draftPreview: 'Bản nháp: trang này chỉ hiện khi xem trước bằng "npm run dev" và chưa được xuất bản.',
  reviewTitle: 'Rà soát nội dung',
  reviewDescription: 'Trang dành cho cán bộ: ngày rà soát, tình trạng và cảnh báo của từng hướng dẫn.',
  due: 'Cần rà soát',
  reviewed: `Đã rà soát trong ${REVIEW_AFTER_MONTHS} tháng`,
  draft: 'Bản nháp',
  editFile: 'Sửa tệp này',
  noWarnings: 'Không có cảnh báo.',
  file: 'Tệp',
  warnings: (n: number): string => `${n} cảnh báo:`,
} as const;

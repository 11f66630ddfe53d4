/** The text of a guide's and a life event's fixed outline. */
import { ui } from './vi.ts';
export const guideUi = {
  whatToBring: 'Giấy tờ cần mang',
  steps: 'Các bước thực hiện',
  applicants: 'Ai được nộp và điều kiện',
  noConditions: 'Không có điều kiện riêng ngoài giấy tờ nêu trên.',
  result: 'Kết quả',
  toConfirmIntro: 'Những điểm sau chưa được xác minh đầy đủ. Hãy hỏi nơi nộp hồ sơ (điểm phục vụ hành chính công) trước khi nộp:',
  notes: 'Lưu ý',
  legalBasis: 'Căn cứ pháp lý',
  issued: (date: string): string => `, ban hành ngày ${date}`,
  effective: (date: string): string => `, hiệu lực từ ${date}`,
  relatedHeading: 'Thủ tục liên thông và liên quan',
  interconnected: 'Làm cùng một lần (liên thông):',
  related: 'Thủ tục liên quan:',
  sources: 'Nguồn:',
  sourceLabel: { news: 'Báo', other: 'Tài liệu' },
  citation: ui.nav.sources,
  printLabel: 'Thông tin in kèm danh sách',
  qrLabel: 'Quét mã để mở hướng dẫn đầy đủ',
  noticeUpdated: 'Cập nhật:',
} as const;

/** "At a glance" on a guide. */
export const summaryUi = {
  heading: 'Tóm tắt',
  time: 'Thời hạn giải quyết',
  trips: 'Số lần đi lại dự kiến',
  tripCount: (n: number): string => `${n} lần`,
  fees: 'Phí, lệ phí',
  submitAt: 'Nơi nộp hồ sơ (từ 01/07/2025)',
  hours: 'Giờ làm việc',
  online: 'Dịch vụ công trực tuyến',
  submitOnline: 'Nộp trực tuyến',
  onlineSource: (source: string): string => `Địa chỉ theo: ${source}.`,
  onlineWhere: (text: string): string => `Nộp trực tuyến: ${text}`,
  agency: ui.deciding,
  coordinating: 'Phối hợp:',
  nationalCode: 'Mã thủ tục quốc gia',
} as const;

export const lifeEventUi = {
  kicker: ui.lifeEvents,
  steps: 'Các thủ tục, theo thứ tự',
  alternatives: 'Cách khác:',
  papers: 'Giấy tờ cần mang (gộp cho mọi thủ tục)',
  papersIntro: 'Giấy tờ dùng cho nhiều thủ tục chỉ ghi một lần, kèm các thủ tục cần đến nó.',
  time: 'Bao lâu, mấy lần đi lại',
  fees: 'Phí, lệ phí và nghĩa vụ tài chính',
  pathQuestion: 'Bạn muốn làm theo cách nào?',
  papersOfPath: 'Giấy tờ cần mang',
  printPath: (path: string): string => `Cách làm: ${path}`,
} as const;

/** The key facts on one line above the checklist. */
export const keyFactsUi = {
  label: 'Tóm tắt nhanh',
  daysUnknown: 'Thời hạn: cần xác nhận',
  trips: (n: number, atLeast: boolean): string =>
    n === 0 && !atLeast ? 'Không phải đến cơ quan' : `${atLeast ? '≥ ' : ''}${n} lần đi lại`,
  tripsUnknown: 'Số lần đi lại: cần xác nhận',
  fee: (range: string): string => `Phí: ${range}`,
  feeUnknown: 'Phí: cần xác nhận',
  someUnknown: ', có khoản chưa rõ',
  where: (places: string): string => `Nộp tại: ${places}`,
  moreDetail: 'Chi tiết thời hạn, phí và nơi nộp',
} as const;

/** The table of days and trips of a life event. */
export const totalsUi = {
  caption: 'Thời gian và số lần đi lại: hiện nay so với trước cải cách',
  procedure: 'Thủ tục',
  nowDays: 'Số ngày giải quyết hiện nay',
  nowTrips: 'Số lần đi lại hiện nay',
  beforeDays: 'Số ngày trước cải cách',
  beforeTrips: 'Số lần đi lại trước cải cách',
  notAdded: 'không cộng vào tổng',
  total: 'Tổng',
  totalAlways: ' (các thủ tục luôn phải làm)',
  partial: (unknown: number, of: number): string => `chưa đủ: thiếu số liệu của ${unknown}/${of} thủ tục`,
  nowSource: 'Số liệu hiện nay lấy từ từng hướng dẫn thủ tục',
  workingDays: ', tính theo ngày làm việc',
  beforeSource: '. Số liệu trước cải cách lấy từ bài báo năm 2016 trong',
  report: 'báo cáo cải cách',
  beforeKind: '; bài báo không nói rõ là ngày làm việc hay ngày lịch.',
  atLeast: '“≥” nghĩa là ít nhất: có số liệu chưa biết nên tổng thật có thể lớn hơn. Số liệu chưa biết không bao giờ được tính là 0.',
} as const;

/** Words the data modules put into sentences: checklists, periods, structured data. */
export const sentenceUi = {
  copies: (n: number): string => `, ${n} bản`,
  orJoin: ', hoặc ',
  neededBy: (list: string): string => `cần cho: ${list}`,
  periodBefore: 'Trước cải cách',
  periodYear: (year: string): string => `Năm ${year}`,
  dayKindLine: (text: string): string => `Loại ngày: ${text}.`,
  /** The area the office serves, as the site's notice describes it (schema.org areaServed). */
  areaServed: 'Khu vực quận Nam Từ Liêm cũ (các phường Từ Liêm, Xuân Phương, Tây Mỗ, Đại Mỗ), Hà Nội',
} as const;

/** A paper's blank form: a link to the official template, or where to get it when no link is known. */
export const templateUi = {
  open: 'mở mẫu chính thức',
  noLink: ' — chưa có đường dẫn tới mẫu chính thức; nơi lấy mẫu: hỏi nơi nộp hồ sơ.',
} as const;

/** How sure a fact is, on the page, in print and in the shared text. */
export const certaintyUi = {
  /** The mark of a fact with one source. Plain text: it is read aloud and printed as it is. */
  oneSource: 'một nguồn — hãy xác nhận với nơi nộp hồ sơ',
  /** A paper whose form and number of copies are not verified. */
  formToConfirm: 'Bản chính hay bản sao, số bản: cần xác nhận',
  withheldTime: 'Thời hạn giải quyết chưa được xác nhận; hãy hỏi nơi nộp hồ sơ.',
  withheldTrips: 'Số lần đi lại chưa được xác nhận; hãy hỏi nơi nộp hồ sơ.',
  withheldFee: 'Mức phí chưa được xác nhận; hãy hỏi nơi nộp hồ sơ.',
  /** Lines the guide's "Cần xác nhận" list gets for each unverified fact. */
  confirm: {
    processingTime: 'Thời hạn giải quyết.',
    trips: 'Số lần phải đến nơi nộp hồ sơ.',
    onlineLevel: 'Mức dịch vụ công trực tuyến của thủ tục này.',
    nationalCode: 'Mã thủ tục trên Cổng Dịch vụ công quốc gia.',
    submitAt: 'Nơi nộp hồ sơ.',
    fee: (name: string): string => `Mức phí, lệ phí: ${name}.`,
    paper: (name: string): string => `${name}: nộp bản chính hay bản sao, mấy bản.`,
    step: (title: string): string => `Bước "${title}".`,
    condition: (text: string): string => `Điều kiện: ${text}`,
    change: (date: string, summary: string): string => `Có thể thay đổi từ ${date}: ${summary}`,
  },
} as const;

/** Dated changes and history: on a guide, on /thay-doi/ and in its feed. */
export const changesUi = {
  upcomingHeading: 'Sắp thay đổi',
  from: (date: string): string => `Từ ${date}:`,
  fromDay: (date: string): string => `Từ ${date}`,
  legal: (name: string): string => `Căn cứ: ${name}.`,
  historyHeading: 'Lịch sử thay đổi',
  noHistory: 'Chưa có thay đổi nào được ghi lại từ khi đăng hướng dẫn này.',
  kind: { rule: 'Quy định thay đổi', correction: 'Sửa nội dung trang' },
  pageTitle: 'Thay đổi quy định và nội dung hướng dẫn',
  pageIntro:
    'Các thay đổi sắp có hiệu lực và các thay đổi gần đây của mọi hướng dẫn trên trang. Trang được dựng lại mỗi ngày, nên một thay đổi có hiệu lực đúng ngày của nó.',
  upcoming: 'Sắp có hiệu lực',
  recent: 'Đã thay đổi trong 12 tháng qua',
  none: 'Không có thay đổi nào.',
  builtFor: (date: string): string => `Thông tin tính đến ngày ${date}.`,
  feedLink: 'Theo dõi bằng nguồn tin Atom',
  feedTitle: 'Thay đổi quy định và nội dung hướng dẫn thủ tục',
  inGuide: 'Hướng dẫn:',
  pageTitleOf: (n: number): string =>
    n > 1 ? `Thay đổi quy định và nội dung hướng dẫn (trang ${n})` : 'Thay đổi quy định và nội dung hướng dẫn',
  pageStatus: (n: number, last: number, count: number): string =>
    `Trang ${n}/${last} · ${count.toLocaleString('vi-VN')} thay đổi, sắp có hiệu lực trước, rồi mới nhất trước`,
  continued: (heading: string): string => `${heading} (tiếp)`,
} as const;

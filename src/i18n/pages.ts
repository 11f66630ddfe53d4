/** The text of each page of the citizen and staff side: titles, descriptions, introductions. */
import { REVIEW_AFTER_MONTHS } from '../checks/review-dates.ts';
import { checklistUi, PAGE_KIND, searchUi, ui } from './vi.ts';

export const pageUi = {
  home: {
    description:
      'Hướng dẫn chuẩn bị hồ sơ thủ tục hành chính cho người dân khu vực Nam Từ Liêm (cũ), Hà Nội, và báo cáo kết quả cải cách: ít lần đi lại, ít ngày chờ.',
    heading: 'Chuẩn bị đủ giấy tờ, đi một lần là xong',
    lead: 'Hướng dẫn từng thủ tục: cần mang gì, các bước, bao nhiêu ngày, mấy lần đi lại, phí bao nhiêu và nộp ở đâu. Thông tin dành cho người dân khu vực quận Nam Từ Liêm cũ, nay là các phường Từ Liêm, Xuân Phương, Tây Mỗ và Đại Mỗ.',
    eventsHeading: ui.lifeEvents,
    eventsIntro: 'Một việc cần nhiều thủ tục: mỗi trang gộp các bước theo thứ tự và một danh sách giấy tờ chung.',
    fieldsHeading: 'Thủ tục theo lĩnh vực',
    allProcedures: 'Xem tất cả thủ tục',
    reformHeading: ui.reformHeading,
    seeReport: 'Xem báo cáo cải cách và nguồn số liệu',
    /** "Đăng ký kinh doanh: từ 10 ngày (trước cải cách) còn 5 ngày (năm 2015)". */
    highlight: (name: string, from: { value: number; label: string; atLeast: boolean }, to: { value: number; label: string }): string =>
      `${name}: từ ${from.atLeast ? 'ít nhất ' : ''}${from.value} ngày (${from.label.toLowerCase()}) còn ${to.value} ngày (${to.label.toLowerCase()})`,
    /** Under the reform heading: the figures' source and year, and that they are not today's rules. */
    highlightsSource: (source: string): string =>
      `Số liệu theo ${source}. Đó là kết quả của những năm ấy, không phải thời hạn hiện nay: thời hạn hiện nay ở trong từng hướng dẫn.`,
  },
  procedures: {
    title: 'Danh sách thủ tục',
    description: 'Tất cả hướng dẫn thủ tục hành chính: thời hạn, số lần đi lại, nơi nộp hồ sơ.',
    intro: 'Chọn một thủ tục để xem cần mang giấy tờ gì, các bước và nơi nộp hồ sơ.',
    timeUnknown: 'Thời hạn: cần xác nhận',
  },
  events: {
    title: ui.lifeEvents,
    description:
      'Sinh con, mở hộ kinh doanh, xin sổ đỏ, xây nhà: các thủ tục cần làm, một danh sách giấy tờ gộp, tổng thời gian và số lần đi lại.',
    intro:
      'Một việc trong đời thường cần nhiều thủ tục. Mỗi trang dưới đây gộp các thủ tục theo thứ tự, một danh sách giấy tờ chung, và tổng thời gian, số lần đi lại so với trước cải cách.',
  },
  documents: {
    title: 'Giấy tờ thường dùng',
    description: 'Các giấy tờ người dân thường phải mang khi làm thủ tục, và những thủ tục, sự kiện cần đến từng loại.',
    intro:
      'Mỗi giấy tờ dưới đây kèm danh sách thủ tục và sự kiện cần đến nó, để bạn chuẩn bị một lần cho nhiều việc. Bấm vào tên thủ tục để tới đúng dòng trong danh sách giấy tờ của thủ tục đó.',
    toc: 'Mục lục',
    alsoCalled: 'Còn gọi là:',
    template: checklistUi.template,
    usedBy: 'Thủ tục cần giấy tờ này:',
    unused: 'Chưa có thủ tục nào trên trang này cần giấy tờ này.',
    inEvents: 'Sự kiện cần giấy tờ này:',
  },
  sources: {
    title: ui.nav.sources,
    description: 'Các nguồn của số liệu cải cách và của hướng dẫn thủ tục.',
    intro: 'Mọi số liệu và hướng dẫn trên trang đều dẫn về một trong các nguồn dưới đây.',
    noUrl: 'Chưa có địa chỉ web',
  },
  search: {
    title: searchUi.label,
    description: 'Tìm hướng dẫn thủ tục, sự kiện và giấy tờ; gõ có dấu hoặc không dấu, lọc theo lĩnh vực và cơ quan giải quyết.',
    label: 'Tìm thủ tục, sự kiện hoặc giấy tờ',
    hint: 'Gõ có dấu hoặc không dấu, ví dụ “giay khai sinh”, “sổ đỏ”, “dang ky kinh doanh”.',
    field: 'Lĩnh vực',
    allFields: 'Tất cả lĩnh vực',
    agency: ui.deciding,
    allAgencies: 'Tất cả cơ quan',
    results: 'Kết quả tìm kiếm',
    noScript: 'Tìm kiếm cần JavaScript. Bạn vẫn có thể xem',
    noScriptProcedures: 'danh sách thủ tục',
    noScriptEvents: 'các sự kiện',
    and: 'và',
    noScriptDocuments: 'danh mục giấy tờ',
    helpHeading: 'Chưa tìm thấy điều bạn cần?',
    helpList: ['Xem ', 'danh sách tất cả thủ tục theo vần A–Z', ', hoặc gọi để được hướng dẫn:'] as const,
  },
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Trang bạn tìm không có hoặc đã được chuyển.',
    intro: 'Địa chỉ có thể đã thay đổi. Bạn có thể:',
    procedures: 'xem danh sách thủ tục',
    report: 'xem báo cáo cải cách',
    home: 'về trang chủ',
    or: 'hoặc',
  },
  staff: {
    intro: `Trang dành cho cán bộ Bộ phận Một cửa; không hiện trên công cụ tìm kiếm và ô tìm kiếm của trang. Hướng dẫn nào rà soát lần cuối đã hơn ${REVIEW_AFTER_MONTHS} tháng được ghi "cần rà soát".`,
    howToEdit: 'Cách sửa nội dung: xem tệp',
    guidesHeading: PAGE_KIND.procedure,
    guides: (n: number): string => `${n} hướng dẫn`,
    counts: (drafts: number, due: number, warnings: number): string =>
      ` · ${drafts} bản nháp · ${due} cần rà soát · ${warnings} cảnh báo. Tính đến ngày`,
    builtOn: '(ngày dựng trang).',
    otherDrafts: 'Bản nháp khác (giấy tờ, số liệu)',
    otherWarnings: 'Cảnh báo khác',
  },
} as const;

export const homeUi = pageUi.home;
export const searchPageUi = pageUi.search;

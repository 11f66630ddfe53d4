/** Strings of the staff pages (/can-bo/): statuses, lists, points to confirm. */
import { REVIEW_AFTER_MONTHS } from '../checks/review-dates.ts';

const n = (x: number): string => x.toLocaleString('vi-VN');
const pageSuffix = (k: number): string => (k > 1 ? ` (trang ${k})` : '');

export const staffPagesUi = {
  footerLink: 'Dành cho cán bộ',
  status: {
    overdue: {
      label: 'Quá hạn rà soát',
      intro: `Rà soát lần cuối đã hơn ${REVIEW_AFTER_MONTHS} tháng: đối chiếu lại với quy định rồi sửa ngày rà soát.`,
    },
    soon: { label: 'Sắp đến hạn rà soát', intro: 'Đến hạn rà soát trong 60 ngày tới.' },
    undated: {
      label: 'Chưa ghi ngày rà soát',
      intro: 'Tệp giấy tờ chưa có trường ngày rà soát: đối chiếu mô tả và mẫu với quy định khi rà soát các thủ tục cần giấy tờ này.',
    },
    ok: { label: 'Còn hạn rà soát', intro: `Đã rà soát trong ${REVIEW_AFTER_MONTHS} tháng qua.` },
  },
  kind: { procedure: 'Hướng dẫn thủ tục', lifeEvent: 'Sự kiện', document: 'Giấy tờ' },
  eventsList: 'Sự kiện',
  documentsList: 'Giấy tờ',
  listTitle: (name: string, k: number): string => `Rà soát: ${name}${pageSuffix(k)}`,
  fieldList: (name: string): string => `lĩnh vực ${name}`,
  items: (x: number): string => `${n(x)} mục`,
  overviewCounts: (c: {
    guides: number;
    events: number;
    documents: number;
    drafts: number;
    overdue: number;
    soon: number;
    points: number;
    warnings: number;
  }): string =>
    `${n(c.guides)} hướng dẫn · ${n(c.events)} sự kiện · ${n(c.documents)} giấy tờ · ${n(c.drafts)} bản nháp · ${n(c.overdue)} quá hạn rà soát · ${n(c.soon)} sắp đến hạn · ${n(c.points)} điểm cần xác nhận · ${n(c.warnings)} cảnh báo. Tính đến ngày`,
  byStatusHeading: 'Theo tình trạng rà soát',
  byFieldHeading: 'Hướng dẫn theo lĩnh vực',
  otherListsHeading: 'Sự kiện và giấy tờ',
  listLine: (items: number, points: number): string => `${n(items)} mục · ${n(points)} điểm cần xác nhận`,
  editGuide: 'Hướng dẫn sửa nội dung (content/README.md)',
  editGuideNoLink: 'Cách sửa nội dung: xem tệp content/README.md trong kho mã nguồn.',
  backToOverview: 'Về trang rà soát',
  noDate: 'Chưa ghi',
  points: (x: number): string => `${n(x)} điểm cần xác nhận:`,
  noPoints: 'Không còn điểm cần xác nhận.',
  point: {
    toConfirm: 'Cần xác nhận',
    processingDays: 'Thời hạn giải quyết chưa có số ngày',
    trips: 'Số lần đi lại chưa rõ',
    fee: (name: string): string => `Mức phí chưa rõ: ${name}`,
    nationalCode: 'Chưa có mã thủ tục quốc gia',
    onlineLevel: 'Mức dịch vụ công trực tuyến chưa rõ',
    template: (name: string): string => `Mẫu "${name}" chưa có địa chỉ tải về`,
    placeholder: 'Còn chỗ chưa điền (CHƯA ĐIỀN / chua-dien)',
  },
} as const;

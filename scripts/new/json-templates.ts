/**
 * The draft metrics and document files `npm run new` writes. JSON has no comments, so the
 * guidance is the placeholder text itself.
 */
import { PLACEHOLDER as P, PLACEHOLDER_ID as ID, PLACEHOLDER_URL as URL_ } from '../../src/checks/placeholders.ts';

const measureNote = (what: string) =>
  `${P}: ghi ${what} theo nguồn vào "value" (số nguyên, không ngoặc kép) rồi xóa câu này; nguồn không nêu thì để null và ghi lý do ở đây, ví dụ "Bài báo không nêu.", không bao giờ ghi 0. "atLeast": true khi nguồn nói "ít nhất". Thêm "source" (mã một nguồn trong content/sources) nếu số này lấy từ nguồn khác nguồn của kỳ`;

export function metricTemplate(name: string): unknown {
  return {
    name,
    shortName: `${P}: tên ngắn cho biểu đồ`,
    procedure: ID,
    draft: true,
    periods: [
      {
        period: 'before',
        source: ID,
        days: {
          value: null,
          atLeast: false,
          kind: 'unspecified',
          note: `${measureNote('số ngày giải quyết')}. "kind": working (ngày làm việc), calendar (ngày) hoặc unspecified (nguồn không nói)`,
        },
        trips: { value: null, atLeast: false, note: measureNote('số lần người dân phải đi lại') },
        agencies: { value: null, atLeast: false, note: measureNote('số cơ quan người dân phải đến') },
        onlineLevel: { value: null, atLeast: false, note: measureNote('mức dịch vụ công trực tuyến (1 đến 4)') },
        quote: `${P}: câu nguyên văn của nguồn cho các số liệu này (không bắt buộc: xóa dòng nếu không có)`,
        annotation: {
          text: `${P}: điều gì thay đổi để có số liệu của kỳ này, hiện trên biểu đồ (không bắt buộc: xóa cả khối "annotation" nếu không có)`,
          source: ID,
        },
        note: `${P}: "before" là trước cải cách. Thêm một kỳ cho mỗi năm nguồn nêu: chép cả khối { } này, đổi "period" thành năm (ví dụ "2016"), xếp các năm tăng dần. Xóa câu này khi xong`,
      },
    ],
  };
}

export function documentTemplate(name: string): unknown {
  return {
    name,
    aliases: [],
    description: `${P}: một hai câu: giấy tờ này là gì, cơ quan nào cấp. "aliases" là các tên khác người dân hay gọi, ví dụ ["CCCD"]`,
    template: {
      name: `${P}: tên và số hiệu mẫu, ví dụ "Mẫu số 15" (không bắt buộc: xóa cả khối "template" nếu giấy này không phải biểu mẫu; xóa "url" nếu chưa có địa chỉ đã kiểm tra)`,
      url: URL_,
    },
    sources: [ID],
    draft: true,
  };
}

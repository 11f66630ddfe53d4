/**
 * The draft guide `npm run new -- thu-tuc "Tên"` writes: every field present, with guidance in
 * YAML comments for staff. Placeholders ("CHƯA ĐIỀN", "chua-dien") mark what is left to fill in.
 */
import { PLACEHOLDER as P, PLACEHOLDER_ID as ID } from '../../src/checks/placeholders.ts';

/** What the comments list as the ids available today. */
export interface KnownIds {
  fields: string;
  agencies: string;
}

/** A YAML double-quoted string; JSON's escaping is valid YAML. */
const q = (s: string) => JSON.stringify(s);

/** The opening guidance, the title and summary. */
const header = (name: string, today: string): string => `---
# Bản nháp tạo bằng "npm run new" ngày ${today}. Cách viết: xem content/README.md.
# Dòng bắt đầu bằng # là ghi chú cho cán bộ, không hiện trên trang.
# 1. Thay mọi chỗ "${P}" và "${ID}" bằng nội dung thật (xóa luôn câu hướng dẫn).
# 2. Chạy "npm run check:content"; xem trước bằng "npm run dev".
# 3. Khi xong, đổi "draft: true" thành "draft: false" để đăng.

# Tên chính thức của thủ tục. Chữ thường, không dùng HTML.
title: ${q(name)}
# (Không bắt buộc) tên ngắn cho menu và bảng. Bỏ dấu # ở đầu dòng dưới nếu cần.
# shortTitle: Khai sinh
# Một hoặc hai câu dễ hiểu: thủ tục này để làm gì. Cũng là mô tả trang trên công cụ tìm kiếm.
summary: "${P}: thủ tục này giúp người dân làm gì, trong một hai câu"
# true = bản nháp: được kiểm tra nhưng không đăng. Đổi thành false khi đã điền xong.
draft: true
`;

/** Codes, field and agencies: the ids known today are listed in the comments. */
const identity = (
  known: KnownIds,
): string => `# Mã thủ tục trên Cổng Dịch vụ công quốc gia, trong ngoặc đơn, ví dụ '1.001193'; null nếu chưa rõ.
nationalCode: null
# Vì sao chưa có mã, hoặc cần kiểm tra gì về mã. Xóa dòng này khi đã có mã.
nationalCodeNote: "${P}: vì sao chưa có mã thủ tục"
# Lĩnh vực: một mã trong content/fields.json. Hiện có: ${known.fields}
field: ${ID}
# Cơ quan quyết định: một mã trong content/agencies.json.
# Hiện có: ${known.agencies}
decidingAgency: ${ID}
# Nơi nộp hồ sơ, nơi nên nộp đứng đầu: mã trong content/agencies.json, mỗi nơi một dòng "- ".
submitAt:
  - ${ID}
# Cơ quan phối hợp phía sau (thuế, công an, bảo hiểm), mỗi cơ quan một dòng "- "; [] nếu không có.
coordinating: []
# Ai được nộp hồ sơ.
applicants: "${P}: ai được nộp hồ sơ"
# Điều kiện phải có trước khi nộp, mỗi điều một dòng "- "; [] nếu không có.
conditions: []
`;

/** What to bring and the steps. */
const papersAndSteps = (): string => `# Giấy tờ cần mang, mỗi giấy một mục bắt đầu bằng "- ".
#   Giấy dùng chung: "document: <mã trong content/documents>" (thay cho dòng name).
#   Giấy riêng của thủ tục này: "name: <tên giấy>".
#   form: original (bản chính), certified-copy (bản sao có chứng thực), copy (bản sao),
#         original-or-copy (bản chính hoặc bản sao), present (chỉ xuất trình, không nộp lại).
#   Các dòng không bắt buộc (bỏ dấu # để dùng):
#     copies: 1                      số bản, khi quy định nói rõ
#     condition: Nếu nộp thay        chỉ cần trong trường hợp này
#     note: ...                      ghi chú ngắn, ví dụ điều chưa xác minh
#     template:                      mẫu đơn để tải, với giấy riêng
#       name: Mẫu số 15
#       url: https://...
requirements:
  - name: "${P}: tên giấy tờ"
    form: original
# Các bước, mỗi bước một việc, theo thứ tự người dân làm. detail không bắt buộc.
steps:
  - title: "${P}: việc người dân làm ở bước này"
    detail: "${P}: ai làm gì, ở đâu (không bắt buộc: xóa dòng này nếu không cần)"
`;

/** Processing time, trips, fees, result and online level. */
const timeAndFees = (): string => `# Thời hạn giải quyết theo quy định.
processingTime:
  # Số ngày kể từ khi đủ hồ sơ (số nguyên, không ngoặc kép); null nếu chưa xác nhận.
  days: null
  # working (ngày làm việc), calendar (ngày), unspecified (quy định không nói rõ).
  dayKind: unspecified
  # Quy định bằng lời, kèm ngoại lệ. Nếu days là null, phải nói rõ là chưa xác nhận.
  text: "${P}: thời hạn theo quy định; nếu chưa xác nhận được thì ghi rõ là chưa xác nhận"
# Số lần người dân phải đến nơi nộp khi đã đủ giấy tờ; 0 nếu làm hoàn toàn trực tuyến; null nếu chưa rõ.
trips:
  count: null
  note: "${P}: vì sao là số lần này, hoặc vì sao chưa rõ"
# Phí, lệ phí, mỗi khoản một mục. amountVnd là số đồng (số nguyên, không dấu chấm), 0 khi quy
# định ghi miễn phí, null khi chưa biết (khi đó note bắt buộc). Không bao giờ ghi 0 cho "chưa biết".
fees:
  - name: "${P}: tên khoản phí hoặc lệ phí"
    amountVnd: null
    note: "${P}: căn cứ của mức phí, hoặc vì sao chưa biết"
# Kết quả người dân nhận được.
result: "${P}: giấy tờ hoặc kết quả người dân nhận"
# Mức trực tuyến: full (toàn trình), partial (một phần), none (chưa có), unknown (chưa xác nhận).
onlineLevel: unknown
# (Không bắt buộc) trang riêng của thủ tục trên cổng trực tuyến, đúng như nguồn ghi (không dùng trang
# chủ của cổng, không đoán địa chỉ); trang hướng dẫn hiện nút "Nộp trực tuyến" tới đúng địa chỉ này.
# Bỏ dấu # nếu có, và ghi nguồn của địa chỉ (mã trong content/sources).
# onlineUrl: https://dichvucong.gov.vn/thu-tuc-hanh-chinh/...
# onlineUrlSource: tong-hop-quy-dinh-2026
# onlineUrlNote: một nguồn — hãy xác nhận với nơi nộp hồ sơ
# (Không bắt buộc) khi chưa biết trang riêng của thủ tục: cách tìm thủ tục trên cổng.
# onlineHowTo: Trên Cổng Dịch vụ công quốc gia, tìm theo tên thủ tục.
`;

/** Legal basis, points to confirm, links, review date, sources and the body. */
const basisAndReview = (
  today: string,
): string => `# Căn cứ pháp lý, văn bản mới nhất trước. issued, effective (NĂM-THÁNG-NGÀY) và url không bắt buộc.
legalBasis:
  - number: "${P}: số hiệu văn bản, ví dụ 63/2024/NĐ-CP"
    title: "${P}: loại văn bản và trích yếu"
    # issued: 2024-06-10
    # effective: 2024-07-01
    # url: https://...
# Những điểm quy định chưa rõ, người dân nên hỏi lại Bộ phận Một cửa; mỗi điểm một dòng "- ".
toConfirm: []
# Hướng dẫn liên quan: mã (tên tệp không đuôi) trong content/procedures; [] nếu không có.
related: []
# Thủ tục làm cùng một lần (liên thông); ghi ở cả hai hướng dẫn.
interconnected: []
# Ngày cán bộ đối chiếu hướng dẫn với quy định, NĂM-THÁNG-NGÀY. Sửa mỗi lần rà soát.
lastReviewed: ${today}
# Nguồn của thông tin: mã trong content/sources, mỗi nguồn một dòng "- ".
sources:
  - ${ID}
# Độ chắc chắn của các thông tin, xem content/README.md: two-sources (hai nguồn), one-source
# (một nguồn, trang ghi "hãy xác nhận"), unverified (chưa xác minh: không nêu, vào "Cần xác nhận").
certainty:
  confidence: one-source
  sources:
    - ${ID}
# Độ chắc chắn riêng của từng thông tin, ví dụ processingTime: two-sources; {} nếu không có.
facts: {}
# Thay đổi theo ngày (from, summary, legal, confidence, set); [] nếu không có.
changes: []
# Lịch sử sửa nội dung (date, summary), cũ trước; [] nếu không có.
history: []
---

## ${P}: một điều người dân cần lưu ý

${P}: vài câu ngắn, dễ hiểu. Phần này hiện dưới mục "Lưu ý" của trang. Mỗi mục bắt đầu bằng
"## " và tên mục; dùng "- " cho gạch đầu dòng, **chữ** để in đậm. Không dùng HTML.
`;

export function procedureTemplate(name: string, today: string, known: KnownIds): string {
  return [header(name, today), identity(known), papersAndSteps(), timeAndFees(), basisAndReview(today)].join('');
}

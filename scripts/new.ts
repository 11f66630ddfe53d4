/**
 * npm run new -- thu-tuc "Tên thủ tục"   (also: chi-so "Tên chỉ số", giay-to "Tên giấy tờ")
 *
 * Writes a draft with every field present and guidance where staff fill in: YAML comments in a
 * guide; in JSON, which has no comments, the guidance is the placeholder text itself. The file
 * name comes from the Vietnamese name (marks removed, đ to d); an existing file is never
 * overwritten. The draft passes `npm run check:content` (with warnings listing what is left to
 * fill in) and is not published until staff set draft to false.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/utils/fold.ts';
import { PlainText, SLUG_PATTERN } from '../src/schemas/index.ts';
import { PLACEHOLDER as P, PLACEHOLDER_ID as ID, PLACEHOLDER_URL as URL_ } from '../src/checks/placeholders.ts';
import { formatProblems } from '../src/schemas/friendly-errors.ts';
import { readContent } from '../src/checks/read-content.ts';

type Kind = 'thu-tuc' | 'chi-so' | 'giay-to';
const KINDS: Record<string, Kind> = {
  'thu-tuc': 'thu-tuc',
  procedure: 'thu-tuc',
  'chi-so': 'chi-so',
  metric: 'chi-so',
  'giay-to': 'giay-to',
  document: 'giay-to',
};
const FOLDER: Record<Kind, string> = { 'thu-tuc': 'procedures', 'chi-so': 'metrics', 'giay-to': 'documents' };

const USAGE = `Cách dùng / usage:
  npm run new -- thu-tuc "Tên thủ tục"    hướng dẫn thủ tục mới (content/procedures/<ma>.md)
  npm run new -- chi-so "Tên chỉ số"      số liệu cải cách mới (content/metrics/<ma>.json)
  npm run new -- giay-to "Tên giấy tờ"    giấy tờ dùng chung mới (content/documents/<ma>.json)`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Ids listed in fields.json or agencies.json, for the guidance comments. */
function knownIds(root: string, file: string): string {
  try {
    const list = JSON.parse(readFileSync(join(root, 'content', file), 'utf8')) as { id?: unknown }[];
    return list.map((e) => String(e.id)).join(', ');
  } catch {
    return `(xem content/${file})`;
  }
}

/** A YAML double-quoted string; JSON's escaping is valid YAML. */
const q = (s: string) => JSON.stringify(s);

export function procedureTemplate(name: string, today: string, root: string): string {
  return `---
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
# Mã thủ tục trên Cổng Dịch vụ công quốc gia, trong ngoặc đơn, ví dụ '1.001193'; null nếu chưa rõ.
nationalCode: null
# Vì sao chưa có mã, hoặc cần kiểm tra gì về mã. Xóa dòng này khi đã có mã.
nationalCodeNote: "${P}: vì sao chưa có mã thủ tục"
# Lĩnh vực: một mã trong content/fields.json. Hiện có: ${knownIds(root, 'fields.json')}
field: ${ID}
# Cơ quan quyết định: một mã trong content/agencies.json.
# Hiện có: ${knownIds(root, 'agencies.json')}
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
# Giấy tờ cần mang, mỗi giấy một mục bắt đầu bằng "- ".
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
# Thời hạn giải quyết theo quy định.
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
# (Không bắt buộc) địa chỉ nộp trực tuyến. Bỏ dấu # nếu có.
# onlineUrl: https://dichvucong.gov.vn
# Căn cứ pháp lý, văn bản mới nhất trước. issued, effective (NĂM-THÁNG-NGÀY) và url không bắt buộc.
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
---

## ${P}: một điều người dân cần lưu ý

${P}: vài câu ngắn, dễ hiểu. Phần này hiện dưới mục "Lưu ý" của trang. Mỗi mục bắt đầu bằng
"## " và tên mục; dùng "- " cho gạch đầu dòng, **chữ** để in đậm. Không dùng HTML.
`;
}

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

function main(argv: string[]): void {
  const args = [...argv];
  let root = process.cwd();
  const rootAt = args.indexOf('--root');
  if (rootAt >= 0) {
    root = resolve(args[rootAt + 1] ?? '.');
    args.splice(rootAt, 2);
  }
  const [kindArg, ...nameParts] = args;
  const kind = kindArg ? KINDS[kindArg] : undefined;
  const name = nameParts.join(' ').trim();
  if (!kind || !name) fail(`${kind ? 'thiếu tên / missing name' : `loại "${kindArg ?? ''}" không có / unknown kind`}\n${USAGE}`);

  const checked = PlainText.safeParse(name);
  if (!checked.success) fail(`tên "${name}" ${checked.error.issues[0]!.message}`);
  const slug = slugify(name);
  if (!SLUG_PATTERN.test(slug)) fail(`không tạo được tên tệp từ "${name}": cần có chữ hoặc số / the name gives no usable file name`);

  const folder = join(root, 'content', FOLDER[kind]);
  const exts = kind === 'thu-tuc' ? ['.md', '.mdx'] : ['.json'];
  const clash = exts.map((e) => join(folder, `${slug}${e}`)).find((f) => existsSync(f));
  if (clash) {
    fail(
      `đã có tệp ${relative(root, clash)}: không ghi đè. Sửa tệp đó, hoặc chọn tên khác (thêm chữ để phân biệt) / ${relative(root, clash)} exists: nothing was written`,
    );
  }
  if (!existsSync(folder))
    fail(`không thấy thư mục ${relative(root, folder)}: chạy lệnh trong thư mục dự án / run it in the project folder`);

  const today = process.env['CONTENT_TODAY'] ?? new Date().toISOString().slice(0, 10);
  const target = join(folder, `${slug}${exts[0]!}`);
  const text =
    kind === 'thu-tuc'
      ? procedureTemplate(checked.data, today, root)
      : `${JSON.stringify(kind === 'chi-so' ? metricTemplate(checked.data) : documentTemplate(checked.data), null, 2)}\n`;
  writeFileSync(target, text, { flag: 'wx' });
  const file = relative(root, target);

  const mine = readContent(root, today, { includeDrafts: true }).problems.filter((p) => p.file === file);
  const errors = mine.filter((p) => p.severity === 'error');
  console.log(`✓ Đã tạo ${file} (bản nháp, chưa đăng) / created a draft`);
  if (mine.length > 0) console.log(`\n${formatProblems(mine)}\n`);
  console.log(`Tiếp theo / next:
  1. Mở ${file}, thay mọi chỗ "${P}" và "${ID}" bằng nội dung thật.
  2. Chạy "npm run check:content" cho đến khi không còn lỗi.${kind === 'thu-tuc' ? `\n  3. Xem trước: "npm run dev", mở http://127.0.0.1:4321/thu-tuc/${slug}/` : ''}
  ${kind === 'thu-tuc' ? '4' : '3'}. Đổi draft thành false để đăng. Hướng dẫn đầy đủ: content/README.md`);
  if (errors.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));

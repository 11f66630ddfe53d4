/**
 * A synthetic catalogue of `n` guides for the browsing tests: three fields, titles that start
 * with every kind of Vietnamese letter (Đ, Ă, Â, Ư, Ô, digits...), a paper every guide needs
 * (like the căn cước), papers a few need, and life events. Built on tests/content-set-fixture.ts.
 * (Outside any test file, so importing it never runs tests twice.)
 */
import type { ContentSet } from '../src/checks/content-set.ts';
import { LifeEventSchema, ProcedureSchema } from '../src/schemas/index.ts';
import { baseSet } from './content-set-fixture.ts';
import { validProcedure } from './valid-procedure.ts';

/** First words that cover the alphabet's tricky letters; tone marks on purpose (Ấ is under Â, Đ is not D). */
const STARTS = [
  'Đăng ký',
  'Dịch vụ',
  'Ấn định',
  'Ăn uống',
  'An toàn',
  'Ưu đãi',
  'Ủy quyền',
  'Ô tô',
  'Ơn',
  'Bảo hiểm',
  'Cấp',
  'Gia hạn',
  'Xác nhận',
  'Yêu cầu',
  '2 bản',
];
const WORDS =
  'hồ sơ giấy tờ đăng ký cấp đổi lại xác nhận thường trú tạm trú khai sinh kết hôn đất đai xây dựng nhà ở riêng lẻ hộ kinh doanh doanh nghiệp thuế phí lệ phường quận thành phố bản chính sao chứng thực nộp trực tuyến bưu chính ngày làm việc công dân người nước ngoài ủy quyền thừa kế tặng cho chuyển nhượng thế chấp bảo hiểm y tế xã hội giáo dục y tế môi trường giao thông vận tải'.split(
    ' ',
  );
export const FIELD_IDS = ['ho-tich', 'cu-tru', 'xay-dung'] as const;
const COMMON = 'can-cuoc';

/** With `long`, titles, summaries and points to confirm as long as the longest real ones (for page-size tests). */
export function catalogueSet(n: number, { long = false } = {}): ContentSet {
  let seed = 1;
  // Varied words, so that gzip does not shrink the text better than it does real content.
  const word = () => WORDS[(seed = (seed * 48_271) % 2_147_483_647) % WORDS.length]!;
  const pad = (s: string, to: number) => {
    if (!long) return s;
    let out = s;
    while (out.length < to) out += ` ${word()}`;
    return out;
  };
  const set = baseSet();
  set.fields = FIELD_IDS.map((id) => ({ id, file: 'content/fields.json', data: { id, name: `Lĩnh vực ${id}` } }));
  const rare = Array.from({ length: Math.max(1, Math.floor(n / 20)) }, (_, i) => `giay-to-${i}`);
  set.documents = [COMMON, 'giay-chung-sinh', ...rare].map((id, i) => ({
    id,
    file: `content/documents/${id}.json`,
    data: {
      name: i === 0 ? 'Căn cước' : `${STARTS[i % STARTS.length]} giấy ${i}`,
      aliases: [],
      description: 'x',
      sources: [],
      draft: false,
    },
  }));
  set.procedures = Array.from({ length: n }, (_, i) => {
    const id = `thu-tuc-${i}`;
    const data = ProcedureSchema.parse({
      ...validProcedure,
      title: pad(`${STARTS[i % STARTS.length]} thủ tục số ${i}`, 120),
      summary: pad('Hướng dẫn làm thủ tục.', 260),
      field: FIELD_IDS[i % FIELD_IDS.length],
      requirements: [
        { document: COMMON, form: 'present' },
        { document: rare[i % rare.length], form: 'copy', copies: 2, condition: i % 2 ? 'Nếu nộp thay' : undefined },
        ...(i % 7 === 0 ? [{ document: 'giay-chung-sinh', form: 'original' }] : []),
      ],
      toConfirm: Array.from({ length: long ? 14 : i % 4 }, (_, k) => pad(`Điểm ${k} của thủ tục ${i}`, 160)),
      lastReviewed: i % 5 === 0 ? '2025-01-15' : i % 5 === 1 ? '2025-12-15' : '2026-11-01',
      // Drafts among the guides no life event uses (events use ids k*7 and k*7+1).
      draft: i % 50 === 49 && i % 7 > 1,
    });
    return { id, file: `content/procedures/${id}.md`, data };
  });
  set.lifeEvents = Array.from({ length: Math.max(1, Math.floor(n / 100)) }, (_, k) => ({
    id: `su-kien-${k}`,
    file: `content/life-events/su-kien-${k}.json`,
    data: LifeEventSchema.parse({
      title: `Sự kiện ${k}`,
      summary: 'x',
      procedures: [{ procedure: `thu-tuc-${k * 7}` }, { procedure: `thu-tuc-${k * 7 + 1}` }],
      lastReviewed: '2026-11-01',
    }),
  }));
  return set;
}

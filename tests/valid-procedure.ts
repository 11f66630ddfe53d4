/**
 * A complete, valid guide as data, for unit tests that build content in the test.
 * (Kept outside any test file, so importing it never runs tests twice.)
 */
export const validProcedure = {
  title: 'Đăng ký khai sinh',
  summary: 'Đăng ký khai sinh cho trẻ.',
  nationalCode: '1.001193',
  field: 'ho-tich',
  decidingAgency: 'ubnd-phuong',
  submitAt: ['diem-phuc-vu-hcc-phuong'],
  applicants: 'Cha hoặc mẹ của trẻ.',
  requirements: [
    { document: 'giay-chung-sinh', form: 'original', copies: 1 },
    { name: 'Văn bản ủy quyền', form: 'original', condition: 'Nếu nộp thay' },
  ],
  steps: [{ title: 'Nộp hồ sơ' }],
  processingTime: { days: null, dayKind: 'working', text: 'Cần xác nhận với Bộ phận Một cửa.' },
  trips: { count: null, note: 'Tùy cách nộp.' },
  fees: [{ name: 'Lệ phí đúng hạn', amountVnd: 0 }],
  result: 'Giấy khai sinh.',
  onlineLevel: 'full',
  legalBasis: [{ number: '63/2024/NĐ-CP', title: 'Nghị định', issued: '2024-06-10' }],
  lastReviewed: '2026-11-28',
  sources: ['tong-hop-quy-dinh-2026'],
  certainty: { confidence: 'two-sources', sources: ['tong-hop-quy-dinh-2026'], legal: '63/2024/NĐ-CP' },
};

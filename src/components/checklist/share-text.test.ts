import { describe, expect, it } from 'vitest';
import { checklistShareText } from './share-text.ts';

describe('checklist as plain text for Zalo or SMS', () => {
  it('one line per paper with a box, where to go, and the link back', () => {
    const text = checklistShareText({
      title: 'Đăng ký khai sinh',
      lines: [
        { text: 'Giấy chứng sinh (Bản chính hoặc bản sao)', ticked: true },
        { text: 'Văn bản ủy quyền (Bản chính; nếu nhờ người khác nộp thay)', ticked: false },
      ],
      url: 'https://example.vn/thu-tuc/dang-ky-khai-sinh/',
      where: 'Điểm phục vụ hành chính công',
    });
    expect(text.split('\n')).toEqual([
      'Đăng ký khai sinh: giấy tờ cần mang',
      '☑ Giấy chứng sinh (Bản chính hoặc bản sao)',
      '☐ Văn bản ủy quyền (Bản chính; nếu nhờ người khác nộp thay)',
      'Nơi nộp: Điểm phục vụ hành chính công',
      'Xem hướng dẫn: https://example.vn/thu-tuc/dang-ky-khai-sinh/',
    ]);
    expect(text).not.toMatch(/<|>/);
  });
});

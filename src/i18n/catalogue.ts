/** Strings of the catalogue pages (guides by field, A–Z, the papers) and of page navigation. */

const pageSuffix = (n: number): string => (n > 1 ? ` (trang ${n})` : '');

export const catalogueUi = {
  indexTitle: 'Danh sách thủ tục',
  indexDescription: 'Tất cả hướng dẫn thủ tục hành chính theo lĩnh vực và theo thứ tự chữ cái.',
  indexIntro: 'Chọn một lĩnh vực, hoặc tìm thủ tục theo chữ cái đầu của tên.',
  byField: 'Theo lĩnh vực',
  byLetter: 'Theo chữ cái',
  azLink: 'Xem tất cả thủ tục từ A đến Z',
  guides: (n: number): string => `${n.toLocaleString('vi-VN')} thủ tục`,
  fieldTitle: (name: string, n: number): string => `Thủ tục lĩnh vực ${name}${pageSuffix(n)}`,
  fieldDescription: (name: string): string => `Các hướng dẫn thủ tục hành chính thuộc lĩnh vực ${name}.`,
  allFields: 'Tất cả lĩnh vực',
  allInField: (name: string, n: number): string => `Xem cả ${n.toLocaleString('vi-VN')} thủ tục lĩnh vực ${name}`,
  azTitle: (n: number): string => `Thủ tục từ A đến Z${pageSuffix(n)}`,
  azDescription: 'Mọi hướng dẫn thủ tục hành chính, xếp theo thứ tự chữ cái tiếng Việt.',
  lettersLabel: 'Chữ cái đầu',
  letterCount: (letter: string, n: number): string => `${letter}: ${n.toLocaleString('vi-VN')} mục`,
  pageStatus: (n: number, last: number, total: string): string => `Trang ${n}/${last} · ${total}`,
  pagination: {
    label: 'Các trang',
    prev: 'Trang trước',
    next: 'Trang sau',
    page: (n: number): string => `Trang ${n}`,
    gap: '…',
  },
  documents: {
    indexTitle: (n: number): string => `Giấy tờ thường dùng${pageSuffix(n)}`,
    indexDescription: 'Các giấy tờ người dân thường phải mang khi làm thủ tục, và những thủ tục, sự kiện cần đến từng loại.',
    indexIntro: 'Bấm vào tên giấy tờ để xem đó là giấy gì, những thủ tục và sự kiện nào cần nó, nộp bản chính hay bản sao.',
    papers: (n: number): string => `${n.toLocaleString('vi-VN')} giấy tờ`,
    uses: (procedures: number, events: number): string =>
      [`${procedures.toLocaleString('vi-VN')} thủ tục`, events > 0 ? `${events.toLocaleString('vi-VN')} sự kiện` : '']
        .filter(Boolean)
        .join(' · '),
    pageTitle: (name: string, n: number): string => `${name}${pageSuffix(n)}`,
    backToIndex: 'Tất cả giấy tờ',
    usedByHeading: 'Thủ tục cần giấy tờ này',
    eventsHeading: 'Sự kiện cần giấy tờ này',
    formHeading: 'Nộp dạng nào',
    procedure: 'Thủ tục',
    form: 'Dạng giấy tờ',
    when: 'Khi nào cần',
    always: 'Luôn cần',
    copies: (n: number): string => `${n} bản`,
  },
} as const;

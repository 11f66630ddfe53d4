/** The open-data page (/du-lieu/) and the report's open-data box. Parts around a link or code are split. */
export const openDataUi = {
  title: 'Dữ liệu mở về cải cách hành chính',
  description:
    'Tải số liệu cải cách thủ tục hành chính quận Nam Từ Liêm dạng CSV và JSON, kèm JSON Schema, ý nghĩa từng cột và số liệu của từng biểu đồ.',
  intro: {
    before: 'Mọi số liệu của',
    reportLink: 'báo cáo cải cách',
    middle: ', một dòng cho mỗi thủ tục và mỗi kỳ. Ô trống (trong JSON là',
    after:
      ') nghĩa là nguồn không nêu số liệu, không phải bằng 0. Khi dùng lại, xin ghi nguồn gốc của số liệu (bài báo dưới đây) và dẫn về trang này.',
  },
  filesHeading: 'Tệp',
  files: {
    csv: ': CSV, mã UTF-8, phân cách bằng dấu phẩy, dòng đầu là tên cột.',
    json: ': cùng các dòng đó, kèm danh sách nguồn.',
    schema: ': JSON Schema (bản 2020-12) mô tả tệp JSON.',
  },
  excel:
    'Mở bằng Excel: chọn Data → From Text/CSV và chọn mã 65001: Unicode (UTF-8) để chữ tiếng Việt hiện đúng. Google Sheets và LibreOffice đọc UTF-8 trực tiếp.',
  columnsHeading: 'Các cột',
  columnsCaption: 'Các cột của chi-so.csv và chi-so.json, theo đúng thứ tự',
  columnHeads: { column: 'Cột', meaning: 'Ý nghĩa', values: 'Giá trị' },
  chartsHeading: 'Số liệu của từng biểu đồ',
  charts: {
    before: 'Mỗi biểu đồ trong báo cáo có tệp CSV riêng với đúng các số nó vẽ. Biểu đồ theo kỳ có các cột',
    middle: '; biểu đồ so sánh có các cột',
  },
  embedPage: 'trang nhúng',
  sourcesHeading: 'Nguồn',
  /** The report's open-data box. */
  box: {
    csv: 'UTF-8, dấu phẩy',
    schema: 'của tệp JSON',
    about: ': ý nghĩa từng cột và số liệu của từng biểu đồ',
    columns: 'Các cột:',
  },
} as const;

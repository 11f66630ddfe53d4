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
    csv: ': CSV, mã UTF-8 (có dấu BOM để Excel nhận đúng), phân cách bằng dấu phẩy, dòng đầu là tên cột (mã cố định cho máy đọc, xem bảng dưới).',
    xlsx: ': cùng các dòng đó dạng Excel, tên cột và giá trị bằng tiếng Việt.',
    json: ': cùng các dòng đó, kèm danh sách nguồn.',
    schema: ': JSON Schema (bản 2020-12) mô tả tệp JSON.',
  },
  excel: 'Các tệp CSV có dấu BOM nên Excel mở trực tiếp vẫn hiện đúng chữ tiếng Việt; Google Sheets và LibreOffice cũng đọc được ngay.',
  formulas:
    "An toàn khi mở bằng bảng tính: ô chữ nào bắt đầu bằng =, +, -, @, dấu Tab hoặc xuống dòng được thêm dấu nháy đơn (') ở đầu, để Excel hiện nó là chữ chứ không chạy như công thức. Ô số giữ nguyên.",
  columnsHeading: 'Các cột',
  columnsCaption: 'Các cột của chi-so.csv và chi-so.json, theo đúng thứ tự',
  columnHeads: { column: 'Cột (mã)', label: 'Tên cột trong tệp Excel', meaning: 'Ý nghĩa', values: 'Giá trị' },
  chartsHeading: 'Số liệu của từng biểu đồ',
  charts: {
    before:
      'Mỗi biểu đồ trong báo cáo có tệp CSV riêng với đúng các số nó vẽ, tên cột và giá trị bằng tiếng Việt. Biểu đồ theo kỳ có các cột',
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

/**
 * The words of the per-chart CSV files and of chi-so.xlsx, which people open in Excel: Vietnamese
 * column headers and values. chi-so.csv and chi-so.json keep their machine keys (openDataColumnText
 * in report.ts says what each means).
 */
export const spreadsheetText = {
  /** Headers of a period chart's CSV. */
  periodColumns: {
    chart_id: 'Mã biểu đồ',
    procedure_id: 'Mã thủ tục',
    procedure_name: 'Thủ tục',
    measure: 'Chỉ số',
    period_label: 'Kỳ',
    value: 'Giá trị',
    qualifier: 'Số tối thiểu',
    unit: 'Đơn vị',
    day_kind: 'Loại ngày',
    annotation: 'Thay đổi',
    source_id: 'Mã nguồn',
    note: 'Ghi chú',
  },
  /** Headers of the summary chart's CSV. */
  summaryColumns: {
    chart_id: 'Mã biểu đồ',
    procedure_id: 'Mã thủ tục',
    procedure_name: 'Thủ tục',
    measure: 'Chỉ số',
    from_period: 'Kỳ đầu',
    from_value: 'Giá trị kỳ đầu',
    from_qualifier: 'Kỳ đầu là số tối thiểu',
    to_period: 'Kỳ sau',
    to_value: 'Giá trị kỳ sau',
    to_qualifier: 'Kỳ sau là số tối thiểu',
    reduction_percent: 'Mức giảm (%)',
    bound: 'Độ chính xác của mức giảm',
    note: 'Ghi chú',
  },
  /** Headers of chi-so.xlsx, one per column of chi-so.csv. */
  openDataColumns: {
    procedure_id: 'Mã thủ tục',
    procedure_name: 'Thủ tục',
    period: 'Kỳ',
    days: 'Số ngày giải quyết',
    day_kind: 'Loại ngày',
    trips: 'Số lần đi lại',
    trips_qualifier: 'Số lần đi lại là số tối thiểu',
    agencies: 'Số cơ quan phải đến',
    online_level: 'Mức dịch vụ công trực tuyến (1–4)',
    source_id: 'Mã nguồn',
    note: 'Ghi chú',
  },
  /** A value that is a lower bound ("ít nhất 4"). */
  atLeast: 'ít nhất',
  /** How exact a cut is. */
  bound: { exact: 'chính xác', 'at-least': 'ước tính: ít nhất', 'at-most': 'ước tính: tối đa', unknown: 'không tính được' },
  /** The sheet of chi-so.xlsx. */
  sheetName: 'Chỉ số cải cách',
} as const;

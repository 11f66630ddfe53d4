/**
 * Strings of the reform report, its charts, tables, open data and embeds (Vietnamese). Sentences
 * built from figures are functions taking the values, so data modules compute and this module words.
 */
import type { DayKind } from '../schemas/index.ts';
import type { OpenDataColumn } from '../schemas/open-data.ts';
import { DAY_KIND_CLAUSE, DAY_KIND_SHORT, ui } from './vi.ts';

export const reportUi = {
  tocTitle: 'Trong báo cáo',
  headline: 'Kết quả chính',
  headlineIntro: 'Số ngày giải quyết và số lần đi lại, từ trước cải cách đến kỳ gần nhất có số liệu.',
  ranking: (rank: number) => `Hạng ${rank}`,
  summaryHeading: 'So sánh mức cắt giảm',
  openData: 'Dữ liệu mở',
  openDataIntro: 'Mọi số liệu của báo cáo, một dòng cho mỗi thủ tục và mỗi kỳ. Ô trống nghĩa là nguồn không nêu, không phải bằng 0.',
  csv: 'Tải CSV',
  json: 'Tải JSON',
  schema: 'JSON Schema',
  aboutData: 'Giải thích về dữ liệu',
  aboutFigures: 'Cách đọc số liệu',
  guide: 'Hướng dẫn thủ tục hiện nay',
  allFigures: 'Mọi số liệu của thủ tục',
  chartTable: 'Bảng số liệu của biểu đồ',
  period: 'Kỳ',
  note: 'Ghi chú',
  annotation: (n: number) => `Ghi chú ${n}`,
  permalink: 'Liên kết tới biểu đồ này',
  chartCsv: 'Tải số liệu biểu đồ (CSV)',
  chartPng: 'Tải ảnh biểu đồ (PNG)',
  embed: 'Nhúng biểu đồ vào trang khác',
  embedCode: 'Mã nhúng (HTML)',
  copyEmbed: 'Sao chép mã nhúng',
  copied: 'Đã sao chép mã nhúng.',
  copyFailed: 'Không sao chép được: mã đã được chọn sẵn, hãy bấm Ctrl+C (hoặc ⌘+C).',
  openReport: 'Xem trong báo cáo đầy đủ',
  canvasLabel: (title: string) => `Biểu đồ cột: ${title}. Tóm tắt bằng chữ ở trên, số liệu trong bảng dưới.`,
  legend: 'Chú giải',
  noChart: 'Không có biểu đồ: nguồn không nêu số liệu nào của chỉ số này cho thủ tục này.',
  atLeast: 'số tối thiểu (“ít nhất”)',
  lowerBoundMark: (atLeast: string) => ` Dấu “≥”: ${atLeast}.`,
  striped: ' (cột kẻ sọc)',
  solid: ' (cột tô đặc)',
  embedPreview: ['Hoặc mở ', 'trang nhúng', ' để xem trước.'] as const,
  embedHelp:
    'Khung tự co giãn theo nội dung nhờ tệp khung.js của trang này; không có tệp đó, khung giữ chiều cao mặc định. Thêm ?theme=dark (nền tối) hoặc ?theme=auto (theo máy người đọc) vào địa chỉ để đổi màu; mặc định là nền sáng.',
  embedMore: 'Tóm tắt bằng chữ và bảng số liệu',
} as const;

/** The headline cards at the top of the report. */
export const headlineText = {
  days: (text: string): string => `số ngày giải quyết, ${text}`,
  noDays: (text: string): string => `số ngày: ${text}`,
  trips: (text: string): string => `đi lại, ${text}`,
  rankingTitle: (year: number): string => `Xếp hạng cải cách hành chính năm ${year}`,
  rankingScope: (scope: string, year: number): string => `${scope} năm ${year}`,
} as const;

/** What each column of chi-so.csv and chi-so.json means, and the values it takes (on /du-lieu/). */
export const openDataColumnText = {
  procedure_id: ['Mã thủ tục. Mục của thủ tục trong báo cáo là /bao-cao/#<mã>.', 'chữ không dấu, gạch ngang'],
  procedure_name: ['Tên thủ tục, đúng như nguồn gọi.', 'chữ'],
  period: ['Kỳ của số liệu. “before” là trước cải cách: nguồn không nêu năm, nên không ghi thành một năm.', 'before, hoặc năm như 2016'],
  days: ['Số ngày giải quyết hồ sơ.', 'số nguyên; trống nếu nguồn không nêu'],
  day_kind: [
    'Loại ngày của cột days: working là ngày làm việc, unspecified là nguồn không nói rõ, calendar là ngày theo lịch.',
    'working, unspecified, calendar; trống nếu days trống',
  ],
  trips: ['Số lần người dân phải đi lại.', 'số nguyên; trống nếu nguồn không nêu'],
  trips_qualifier: ['at_least khi nguồn viết “ít nhất”: số thật có thể lớn hơn.', 'at_least hoặc trống'],
  agencies: ['Số cơ quan người dân phải đến.', 'số nguyên; trống nếu nguồn không nêu'],
  online_level: ['Mức dịch vụ công trực tuyến theo thang cũ 1–4.', 'số nguyên 1–4; trống nếu nguồn không nêu'],
  source_id: ['Mã nguồn; xem trang Nguồn. Nhiều nguồn cách nhau bởi dấu “;”.', 'chữ không dấu'],
  note: ['Ghi chú: lý do thiếu số liệu, cách đọc số, thay đổi nào dẫn tới kỳ này. Các phần cách nhau bởi “ | ”.', 'chữ; có thể trống'],
} as const satisfies Record<OpenDataColumn, readonly [string, string]>;

/** What a chart, table or sentence says where the source gives no figure: never a 0. */
export const UNKNOWN_TEXT = ui.unknown;

/** The two charted measures in words. */
export const MEASURE_TEXT = {
  days: { title: 'Số ngày giải quyết', unit: 'ngày', lower: 'số ngày giải quyết' },
  trips: { title: 'Số lần người dân phải đi lại', unit: 'lần', lower: 'số lần đi lại' },
} as const satisfies Record<string, { title: string; unit: string; lower: string }>;

/** The unit after a value: "ngày làm việc" for known working days, otherwise the measure's unit. */
export const unitFor = (unit: string, dayKind: DayKind | undefined): string => (dayKind === 'working' ? DAY_KIND_SHORT.working : unit);

/** Sentences about a cut (one procedure, one measure, first to last known period). */
export const cutText = {
  notEnough: (someKnown: boolean): string =>
    someKnown
      ? 'Chưa đủ số liệu để tính mức giảm: nguồn chỉ nêu số liệu của một kỳ.'
      : 'Chưa đủ số liệu để tính mức giảm: nguồn không nêu số liệu nào.',
  noRate: 'Không tính được tỉ lệ thay đổi.',
  /** "giảm 93%", "giảm ít nhất 75%", "tăng tối đa 10%", "không đổi". */
  change: (direction: 'down' | 'up' | 'same', pct: string, bound: 'exact' | 'at-least' | 'at-most'): string => {
    if (direction === 'same') return 'không đổi';
    const qualifier = bound === 'at-least' ? 'ít nhất ' : bound === 'at-most' ? 'tối đa ' : '';
    return `${direction === 'down' ? 'giảm' : 'tăng'} ${qualifier}${pct}`;
  },
  caveat: (toLabel: string, toKind: DayKind, fromLabel: string, fromKind: DayKind): string =>
    `Hai số có thể không cùng loại ngày: ${toLabel.toLowerCase()} là ${DAY_KIND_CLAUSE[toKind]}, ${fromLabel.toLowerCase()} ${DAY_KIND_CLAUSE[fromKind]}.`,
  /** "trước cải cách 27 ngày, năm 2016 còn 2 ngày làm việc" */
  steps: (fromLabel: string, from: string, fromUnit: string, toLabel: string, to: string, toUnit: string): string =>
    `${fromLabel.toLowerCase()} ${from} ${fromUnit}, ${toLabel.toLowerCase()} còn ${to} ${toUnit}`,
  fromTo: (from: string, to: string, unit: string): string => `${from} → ${to} ${unit}`,
  /** "Trước cải cách → năm 2016", the span of a cut in the summary table. */
  span: (fromLabel: string, toLabel: string): string => `${fromLabel} → ${toLabel.toLowerCase()}`,
} as const;

/** Titles, unit lines and text summaries of the charts. */
export const chartText = {
  periodTitle: (measureTitle: string, shortName: string): string => `${measureTitle}: ${shortName}`,
  unitLine: (unit: string): string => `Đơn vị: ${unit}.`,
  annotationLabel: (n: number): string => `Ghi chú ${n}`,
  /** "Trước cải cách: 27 ngày", "Năm 2016: ít nhất 4 lần", "Năm 2016: chưa có số liệu". */
  point: (label: string, shown: string | null, unit: string): string =>
    shown === null ? `${label}: ${UNKNOWN_TEXT.toLowerCase()}` : `${label}: ${shown} ${unit}`,
  atLeastValue: (value: number | null): string => `ít nhất ${value}`,
  periodSummary: (measureTitle: string, shortName: string, points: string[], change: string): string =>
    `${measureTitle}, ${shortName}. ${points.join('; ')}. ${change}`,
  periodChange: (fromLabel: string, toLabel: string, text: string): string =>
    `Từ ${fromLabel.toLowerCase()} đến ${toLabel.toLowerCase()}: ${text}.`,
  summaryTitle: 'Mức cắt giảm theo thủ tục: số ngày giải quyết và số lần đi lại',
  summaryUnitLine: 'Đơn vị: phần trăm giảm so với kỳ sớm nhất có số liệu (trước cải cách), tới kỳ muộn nhất có số liệu.',
  summaryAxis: '% giảm',
  summaryPart: (shortName: string, text: string | null): string => `${shortName}: ${text ?? UNKNOWN_TEXT.toLowerCase()}`,
  summary: (days: string, trips: string): string => `Số ngày giải quyết: ${days}. Số lần đi lại: ${trips}.`,
} as const;

/** The heads and fixed words of the report's tables. */
export const tableText = {
  procedure: 'Thủ tục',
  period: reportUi.period,
  chartCaption: (title: string): string => `${reportUi.chartTable}: ${title}`,
  periodValueHead: (seriesLabel: string): string => `${seriesLabel} (${reportUi.note.toLowerCase()})`,
  cutDays: 'Số ngày giải quyết',
  cutTrips: 'Số lần đi lại',
  cutDetail: (fromTo: string, span: string): string => `${fromTo} (${span})`,
  atLeastNote: 'Số tối thiểu: nguồn viết “ít nhất”.',
  annotationSource: (publisher: string): string => `Nguồn: ${publisher}`,
  metricCaption: (name: string): string => `${name}: số liệu theo kỳ`,
  metricHeads: ['Kỳ', 'Số ngày giải quyết', 'Số lần đi lại', 'Số cơ quan phải đến', 'Dịch vụ công trực tuyến'],
  tripsAtLeast: 'ít nhất',
  onlineLevelUnit: 'mức độ (thang 1–4)',
} as const;

/** A guide's own reform figures (on /thu-tuc/<slug>/). */
/** Where a figure comes from: "bài báo “…” của …, năm 2016". */
export const attributionText = {
  one: (kind: 'news' | 'legal' | 'portal' | 'office', title: string, publisher: string, year: number): string =>
    `${kind === 'news' ? 'bài báo' : 'tài liệu'} “${title}” của ${publisher}, năm ${year}`,
  and: ' và ',
} as const;

export const figuresText = {
  heading: 'Kết quả cải cách của thủ tục này',
  intro: (name: string, source: string): string =>
    `Số liệu “${name}” theo ${source}: kết quả của những năm đó, không phải quy định hiện nay (xem các mục ở trên).`,
  chartLink: (lower: string): string => `Xem biểu đồ ${lower}`,
  sectionLink: 'Xem mọi số liệu và nguồn của thủ tục này trong báo cáo cải cách',
} as const;

/** The open data document (chi-so.json) and its schema. */
export const openDataText = {
  title: 'Chỉ số cải cách thủ tục hành chính, quận Nam Từ Liêm (cũ), Hà Nội',
  description:
    'Một dòng cho mỗi thủ tục và mỗi kỳ. null nghĩa là nguồn không nêu số liệu (không phải 0); lý do ghi ở cột note. period "before" là tình trạng trước cải cách, không có năm riêng.',
  measureNote: { days: 'Số ngày', trips: 'Số lần đi lại', agencies: 'Số cơ quan', onlineLevel: 'Mức dịch vụ công trực tuyến' },
  lowerBound: (label: string, value: number | null): string => `${label}: ${value} là số tối thiểu.`,
  annotation: (text: string): string => `Thay đổi: ${text}`,
} as const;

/** The report's share image (/bao-cao/og.png). */
export const ogText = {
  subtitle: 'Số ngày giải quyết: trước cải cách → kỳ gần nhất có số liệu',
  bar: (fromTo: string, text: string): string => `${fromTo} · ${text}`,
  source: (publisher: string, title: string, year: string | number): string => `Nguồn: ${publisher}, “${title}” (${year})`,
} as const;

/** "Cách đọc số liệu" on the report: each term in bold, then what it means. */
export const readingGuide: readonly { term: string; text: string }[] = [
  { term: '“Chưa có số liệu”', text: ' nghĩa là nguồn không nêu. Đó không phải số 0; biểu đồ để trống chỗ đó và ghi lý do.' },
  { term: '“≥ 4”', text: ' nghĩa là nguồn viết “ít nhất 4”: số thật có thể lớn hơn. Trên biểu đồ, cột này có thêm một ô viền đứt.' },
  {
    term: '“Trước cải cách”',
    text: ' là tình trạng trước khi cắt giảm. Nguồn không nêu năm cụ thể, nên kỳ này không được ghi là một năm.',
  },
  {
    term: 'Loại ngày',
    text: ': nguồn chỉ nói rõ “ngày làm việc” cho một số con số; những số còn lại có thể là ngày làm việc hoặc ngày theo lịch. Mỗi biểu đồ ghi rõ điều này.',
  },
  {
    term: 'Mức giảm',
    text: ' tính từ kỳ sớm nhất đến kỳ muộn nhất có số liệu của cùng một chỉ số; một kỳ thiếu số liệu không bao giờ được tính là 0.',
  },
];

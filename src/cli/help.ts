import { CALENDAR_USAGE } from './commands/calendar';
import { CHECK_USAGE } from './commands/check';
import { CONSOLIDATE_USAGE } from './commands/consolidate';
import { FORMS_USAGE } from './commands/forms';
import { PARSE_USAGE } from './commands/parse';
import { REPORT_USAGE } from './commands/report';
import { SCAFFOLD_USAGE } from './commands/scaffold';

/** One command as `unionplan help` lists it: how to call it, and what it does in each language. */
export interface CommandHelp {
  name: string;
  usage: string;
  vi: string;
  en: string;
}

/** Every command, once: both languages' help are made from this table, so neither can miss one. */
export const COMMAND_HELP: readonly CommandHelp[] = [
  {
    name: 'scaffold', usage: SCAFFOLD_USAGE,
    vi: 'Tạo bảng kế hoạch (Thông tin, Chỉ tiêu, Nhiệm vụ, Ngày lễ, Lịch tháng, Lịch công tác), trống hoặc từ văn bản kế hoạch.',
    en: 'Create plan sheets (Thông tin, Chỉ tiêu, Nhiệm vụ, Ngày lễ, Lịch tháng, Lịch công tác), empty or from a plan document.',
  },
  {
    name: 'parse', usage: PARSE_USAGE,
    vi: 'Đọc văn bản kế hoạch: chỉ tiêu, nhiệm vụ, thời gian, lịch tháng, cảnh báo.',
    en: 'Read a plan document: targets, tasks, timing, monthly schedule, warnings.',
  },
  {
    name: 'calendar', usage: CALENDAR_USAGE,
    vi: 'In lịch công tác từng tháng (mỗi tháng một trang A4) từ bảng kế hoạch; --pdf cần LibreOffice.',
    en: 'Monthly work schedules (one A4 page per month) from a plan workbook; --pdf needs LibreOffice.',
  },
  {
    name: 'check', usage: CHECK_USAGE,
    vi: 'Kiểm tra bảng kế hoạch: lỗi, cảnh báo, lưu ý kèm trang tính và ô; mã thoát 1 khi có lỗi.',
    en: 'Check a plan workbook: errors, warnings and notes with their sheet and cell; exit code 1 on errors.',
  },
  {
    name: 'forms', usage: FORMS_USAGE,
    vi: 'Tạo mẫu báo cáo cho từng đơn vị trong trang Đơn vị (mỗi đơn vị một tệp .xlsx); --round 6T: mẫu của một kỳ báo cáo (bảng KyBaoCao), số liệu cộng dồn đến ngày chốt.',
    en: 'Write a report form for each unit of the Đơn vị sheet (one .xlsx per unit); --round 6T: the forms of one reporting round (table KyBaoCao), figures to its cut-off.',
  },
  {
    name: 'consolidate', usage: CONSOLIDATE_USAGE,
    vi: 'Tổng hợp các mẫu đã điền: kết quả từng chỉ tiêu, theo đơn vị, xếp hạng; --round: trang "Tổng hợp <mã>", tiến độ so với thời gian và trang Tiến độ, ghi thêm vào tệp -o đã có các kỳ khác; --compare: so với cùng kỳ năm trước; --as-report ghi thành mẫu báo cáo gửi cấp trên.',
    en: 'Consolidate filled forms: per target, per unit, ranking; --round: sheet "Tổng hợp <code>", progress against time and sheet Tiến độ, added to an -o file holding other rounds; --compare: against the same round last year; --as-report writes a form for the level above.',
  },
  {
    name: 'report', usage: REPORT_USAGE,
    vi: 'Viết báo cáo tổng hợp (trang Báo cáo, đúng thể thức) từ bảng kế hoạch và tệp tổng hợp; --round: báo cáo sơ kết/tổng kết của kỳ đó; --keep-edits giữ các đoạn đã sửa trong báo cáo cũ.',
    en: 'Write the summary report (Báo cáo sheet, official layout) from the plan and the summary file; --round: that round\'s interim or year-end report; --keep-edits keeps paragraphs edited in the old report.',
  },
  {
    name: 'demo', usage: 'unionplan demo [-o out]',
    vi: 'Chạy cả quy trình trên dữ liệu mẫu: bảng kế hoạch, mẫu báo cáo đã điền, tổng hợp và báo cáo tổng hợp; hai kỳ 6 tháng và cả năm so với năm trước.',
    en: 'Run the whole journey on sample data: plan workbooks, filled report forms, consolidation and summary report; the 6-month and year rounds compared with last year.',
  },
  {
    name: 'help', usage: 'unionplan help',
    vi: 'Xem hướng dẫn này.',
    en: 'Show this help.',
  },
];

const HEAD = {
  vi: ['unionplan — kế hoạch và tổng hợp báo cáo công đoàn trên Excel', '', 'Cách dùng:'],
  en: ['unionplan — trade-union plans and report consolidation in Excel', '', 'Usage:'],
};
const FOOT = {
  vi: ['', 'Thêm --lang en để xem thông báo bằng tiếng Anh.'],
  en: ['', 'Add --lang vi (the default) for messages in Vietnamese.'],
};

export function helpText(lang: 'vi' | 'en'): string {
  return [...HEAD[lang], ...COMMAND_HELP.flatMap((c) => [`  ${c.usage}`, `      ${c[lang]}`]), ...FOOT[lang]].join('\n');
}

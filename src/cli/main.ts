import { describeError, UserError } from '../domain/userError';
import { CALENDAR_USAGE, calendarCommand } from './commands/calendar';
import { CHECK_USAGE, checkCommand } from './commands/check';
import { CONSOLIDATE_USAGE, consolidateCommand } from './commands/consolidate';
import { demoCommand } from './commands/demo';
import { FORMS_USAGE, formsCommand } from './commands/forms';
import type { CommandResult } from './commands/result';
import { PARSE_USAGE, parseCommand } from './commands/parse';
import { REPORT_USAGE, reportCommand } from './commands/report';
import { SCAFFOLD_USAGE, scaffoldCommand } from './commands/scaffold';

/** `unionplan <command> …`: the command-line face of the core, over the .xlsx host. */
type Lang = 'vi' | 'en';

const COMMANDS: Record<string, (args: string[]) => Promise<CommandResult>> = {
  scaffold: scaffoldCommand,
  demo: demoCommand,
  parse: parseCommand,
  calendar: calendarCommand,
  check: checkCommand,
  forms: formsCommand,
  consolidate: consolidateCommand,
  report: reportCommand,
};

export const HELP = {
  vi: [
    'unionplan — kế hoạch và tổng hợp báo cáo công đoàn trên Excel',
    '',
    'Cách dùng:',
    `  ${SCAFFOLD_USAGE}`,
    '      Tạo bảng kế hoạch (Thông tin, Chỉ tiêu, Nhiệm vụ, Ngày lễ, Lịch tháng, Lịch công tác), trống hoặc từ văn bản kế hoạch.',
    `  ${PARSE_USAGE}`,
    '      Đọc văn bản kế hoạch: chỉ tiêu, nhiệm vụ, thời gian, lịch tháng, cảnh báo.',
    `  ${CALENDAR_USAGE}`,
    '      In lịch công tác từng tháng (mỗi tháng một trang A4) từ bảng kế hoạch; --pdf cần LibreOffice.',
    `  ${CHECK_USAGE}`,
    '      Kiểm tra bảng kế hoạch: lỗi, cảnh báo, lưu ý kèm trang tính và ô; mã thoát 1 khi có lỗi.',
    `  ${FORMS_USAGE}`,
    '      Tạo mẫu báo cáo cho từng đơn vị trong trang Đơn vị (mỗi đơn vị một tệp .xlsx).',
    `  ${CONSOLIDATE_USAGE}`,
    '      Tổng hợp các mẫu đã điền: kết quả từng chỉ tiêu, theo đơn vị, xếp hạng; --as-report ghi thành mẫu báo cáo gửi cấp trên.',
    '  unionplan demo [-o out]',
    '      Tạo các bảng kế hoạch mẫu có sẵn dữ liệu.',
    '  unionplan help',
    '',
    'Thêm --lang en để xem thông báo bằng tiếng Anh.',
  ].join('\n'),
  en: [
    'unionplan — trade-union plans and report consolidation in Excel',
    '',
    'Usage:',
    `  ${SCAFFOLD_USAGE}`,
    '      Create plan sheets (Thông tin, Chỉ tiêu, Nhiệm vụ, Ngày lễ, Lịch tháng, Lịch công tác), empty or from a plan document.',
    `  ${PARSE_USAGE}`,
    '      Read a plan document: targets, tasks, timing, monthly schedule, warnings.',
    `  ${CALENDAR_USAGE}`,
    '      Monthly work schedules (one A4 page per month) from a plan workbook; --pdf needs LibreOffice.',
    `  ${CHECK_USAGE}`,
    '      Check a plan workbook: errors, warnings and notes with their sheet and cell; exit code 1 on errors.',
    `  ${FORMS_USAGE}`,
    '      Write a report form for each unit of the Đơn vị sheet (one .xlsx per unit).',
    `  ${CONSOLIDATE_USAGE}`,
    '      Consolidate filled forms: per target, per unit, ranking; --as-report writes a form for the level above.',
    `  ${REPORT_USAGE}`,
    '      Write the summary report (Báo cáo sheet, official layout) from the plan and the summary file; --keep-edits keeps paragraphs edited in the old report.',
    '  unionplan demo [-o out]',
    '      Create sample plan workbooks filled with demo data.',
    '  unionplan help',
  ].join('\n'),
};

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Splits off --lang, which every command accepts. */
function takeLang(argv: string[]): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'vi')) lang = argv[++i] as Lang;
    else if (a === '--lang=en' || a === '--lang=vi') lang = a.slice(7) as Lang;
    else rest.push(a);
  }
  return { lang, rest };
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { lang, rest } = takeLang(argv);
  const [command, ...args] = rest;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(HELP[lang]);
    return 0;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.err(lang === 'vi' ? `Không có lệnh "${command}".\n\n${HELP.vi}` : `Unknown command "${command}".\n\n${HELP.en}`);
    return 2;
  }
  try {
    const result = await handler(args);
    io.out(result[lang]);
    return result.exitCode ?? 0;
  } catch (e) {
    if (e instanceof UserError) {
      io.err(`${lang === 'vi' ? 'Lỗi' : 'Error'}: ${describeError(e, lang)}`);
      return e.code === 'usage' ? 2 : 1;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(lang === 'vi' ? `Lỗi không mong đợi: ${detail}. Hãy gửi thông báo này cho người hỗ trợ.` : `Unexpected error: ${detail}. Please report it.`);
    if (process.env.UNIONPLAN_DEBUG && e instanceof Error) io.err(e.stack ?? '');
    return 70;
  }
}

export function main(argv: string[]): void {
  run(argv, { out: (s) => console.log(s), err: (s) => console.error(s) }).then((code) => {
    process.exitCode = code;
  });
}

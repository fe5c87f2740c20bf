/*
 * The words the pane and the page use, one per idea, in Office's own Vietnamese where Office has
 * one (trang tính, sổ làm việc, bảng, ô, vùng in), and the words a user must never read. Every
 * string in i18n.ts follows it; tests/ui/words.test.ts holds every UI string to it.
 */

export interface Term {
  vi: string;
  en: string;
  /** What the word means here, and what it must not be confused with. */
  means: string;
}

export const GLOSSARY = {
  worksheet: { vi: 'trang tính', en: 'sheet', means: 'one tab of a workbook; never "trang" alone, which is a printed page or a web page' },
  workbook: { vi: 'sổ làm việc', en: 'workbook', means: 'the open Excel file' },
  table: { vi: 'bảng', en: 'table', means: 'an Excel table inside a sheet' },
  cell: { vi: 'ô', en: 'cell', means: 'one cell, named by its address (B14)' },
  printArea: { vi: 'vùng in', en: 'print area', means: 'what Ctrl+P prints' },
  printedPage: { vi: 'trang in', en: 'printed page', means: 'a sheet of paper (A4)' },
  webPage: { vi: 'trang web', en: 'web page', means: 'the browser version, for old or missing Excel' },
  pane: { vi: 'ngăn', en: 'pane', means: 'the panel beside the sheet in Excel' },
  plan: { vi: 'bảng kế hoạch', en: 'plan', means: 'the plan sheets (Thông tin, Chỉ tiêu, Nhiệm vụ, …) or their .xlsx file' },
  reportForm: { vi: 'mẫu báo cáo', en: 'report form', means: 'what a unit fills in and sends back' },
  consolidation: { vi: 'tổng hợp', en: 'consolidation', means: 'the units\' reports added up against the plan' },
  file: { vi: 'tệp', en: 'file', means: 'a file on the computer' },
  you: { vi: 'bạn', en: 'you', means: 'the one form of address; never "đồng chí" in the pane' },
  appName: { vi: 'Kế hoạch Công đoàn', en: 'Trade Union Planner', means: 'the name shown to users' },
} as const satisfies Record<string, Term>;

/**
 * Words that mean nothing to an accountant or belong to us, not to them: the product's internal
 * name and command line, API versions, table names, encodings, error literals, "đồng chí" (the
 * pane says "bạn"), developer words.
 */
export const BANNED: readonly RegExp[] = [
  /add-?in/i,
  /\bBaoCao\d*\b/,
  /ExcelApi/i,
  /unionplan/i,
  /UTF-?8/i,
  /#REF!/,
  /mã hóa/i,
  /đồng chí/i,
  /\bAPI\b/,
  /\bJSON\b/,
  /\bundefined\b|\bnull\b|\bNaN\b/,
  /office\.js/i,
  /\bstack\b/i,
];

/** A Vietnamese text's uses of "trang" that are not trang tính, trang in or trang web (nor Excel's "Trang đầu" tab). */
export const bareTrang = (text: string): string[] => text.match(/\btrang(?! (tính|in|web|đầu))[^.;:,]{0,20}/gi) ?? [];

import { createContext, useContext } from 'react';

/** Every word the pane shows, in Vietnamese (default) and English. */
export type Lang = 'vi' | 'en';

const vi = {
  appTitle: 'unionplan — Kế hoạch Công đoàn',
  language: 'Ngôn ngữ',
  scaffoldTitle: 'Tạo bảng kế hoạch',
  scaffoldIntro: 'Tạo các trang Thông tin, Chỉ tiêu, Nhiệm vụ và Lịch tháng để nhập kế hoạch.',
  periodKind: 'Loại kỳ kế hoạch',
  kindYear: 'Năm',
  kindSchoolYear: 'Năm học (tháng 9 – tháng 8)',
  kindTerm: 'Nhiệm kỳ (5 năm)',
  firstYear: 'Năm bắt đầu',
  org: 'Tên đơn vị ban hành',
  orgHint: 'Ví dụ: Công đoàn phường An Khánh',
  parent: 'Đơn vị cấp trên (không bắt buộc)',
  create: 'Tạo bảng kế hoạch',
  creating: 'Đang tạo…',
  orgRequired: 'Hãy nhập tên đơn vị.',
  yearInvalid: 'Năm bắt đầu phải là một năm từ 1990 đến 2100.',
  existsTitle: 'Các trang tính này đã có',
  existsBody: (names: string) => `Sổ làm việc đã có: ${names}. Thay thế sẽ xóa nội dung cũ của các trang này (các trang khác giữ nguyên). Công thức ở trang khác trỏ tới chúng sẽ báo lỗi #REF!.`,
  replace: 'Thay thế',
  cancel: 'Hủy',
  doneTitle: 'Đã tạo bảng kế hoạch',
  doneExcel: (sheets: string) => `Đã tạo các trang: ${sheets}.`,
  doneFile: (file: string) => `Đã tải xuống tệp ${file}. Mở tệp bằng Excel hoặc LibreOffice.`,
  skippedTitle: 'Phiên bản Excel này bỏ qua:',
  errorTitle: 'Không tạo được bảng kế hoạch',
  periodPreview: (label: string) => `Kỳ: ${label}`,
  standaloneNote: 'Trang này tạo tệp .xlsx ngay trên máy, không gửi dữ liệu đi đâu — dành cho máy chưa dùng được add-in.',
};

export type Strings = typeof vi;

const en: Strings = {
  appTitle: 'unionplan — Trade Union Planner',
  language: 'Language',
  scaffoldTitle: 'Create plan sheets',
  scaffoldIntro: 'Creates the Thông tin, Chỉ tiêu, Nhiệm vụ and Lịch tháng sheets for entering the plan.',
  periodKind: 'Plan period',
  kindYear: 'Calendar year',
  kindSchoolYear: 'School year (September – August)',
  kindTerm: 'Congress term (5 years)',
  firstYear: 'First year',
  org: 'Issuing unit',
  orgHint: 'e.g. Công đoàn phường An Khánh',
  parent: 'Superior body (optional)',
  create: 'Create plan sheets',
  creating: 'Creating…',
  orgRequired: 'Enter the unit name.',
  yearInvalid: 'The first year must be between 1990 and 2100.',
  existsTitle: 'These sheets already exist',
  existsBody: (names: string) => `The workbook already has: ${names}. Replacing deletes their content (other sheets are kept). Formulas elsewhere that point at them will show #REF!.`,
  replace: 'Replace',
  cancel: 'Cancel',
  doneTitle: 'Plan sheets created',
  doneExcel: (sheets: string) => `Created: ${sheets}.`,
  doneFile: (file: string) => `Downloaded ${file}. Open it in Excel or LibreOffice.`,
  skippedTitle: 'This Excel version skipped:',
  errorTitle: 'Could not create the plan sheets',
  periodPreview: (label: string) => `Period: ${label}`,
  standaloneNote: 'This page builds the .xlsx file on your computer and sends nothing anywhere — for computers that cannot run the add-in.',
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

export const LangContext = createContext<Lang>('vi');

export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}

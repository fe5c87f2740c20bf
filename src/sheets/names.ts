/** Fixed names users and formulas rely on: sheets in Vietnamese, tables as ASCII identifiers. */
export const SHEET = {
  info: 'Thông tin',
  targets: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ',
  calendar: 'Lịch tháng',
} as const;

export const TABLE = {
  targets: 'ChiTieu',
  tasks: 'NhiemVu',
} as const;

export const PLAN_SHEETS: readonly string[] = [SHEET.info, SHEET.targets, SHEET.tasks, SHEET.calendar];

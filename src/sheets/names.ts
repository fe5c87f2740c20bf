/** Fixed names users and formulas rely on: sheets in Vietnamese, tables as ASCII identifiers. */
export const SHEET = {
  info: 'Thông tin',
  targets: 'Chỉ tiêu',
  tasks: 'Nhiệm vụ',
  calendar: 'Lịch tháng',
  commemorations: 'Ngày lễ',
  schedule: 'Lịch công tác',
  check: 'Kiểm tra',
  units: 'Đơn vị',
  summary: 'Tổng hợp',
  byUnit: 'Theo đơn vị',
  /** Each target across the rounds consolidated so far. */
  progress: 'Tiến độ',
  /** A member's form, in the file it fills in (the upper level's own copies are "BC <mã>"). */
  form: 'Báo cáo',
  /** The upper level's summary report; a different workbook from any member's form. */
  report: 'Báo cáo',
} as const;

export const TABLE = {
  targets: 'ChiTieu',
  tasks: 'NhiemVu',
  commemorations: 'NgayLe',
  check: 'KiemTra',
  units: 'DonVi',
  ratings: 'XepLoai',
  rounds: 'KyBaoCao',
  summary: 'TongHop',
  form: 'BaoCao',
} as const;

export const PLAN_SHEETS: readonly string[] = [SHEET.info, SHEET.targets, SHEET.tasks, SHEET.commemorations, SHEET.units, SHEET.calendar, SHEET.schedule];

/** The sheets rebuilt from the others by "Lịch tháng": nothing the user types lives there. */
export const CALENDAR_SHEETS: readonly string[] = [SHEET.calendar, SHEET.schedule];

/** The sheets of a plan workbook that are never a member's report form, whatever their columns. */
export const OWN_SHEETS: readonly string[] = [...PLAN_SHEETS, SHEET.summary, SHEET.byUnit, SHEET.check, SHEET.progress];

/**
 * A round's consolidation lives in sheets named after it ("Tổng hợp 6T", "Theo đơn vị 6T"), so every
 * round of the year stays in one workbook; without a round they keep their plain names.
 */
export function summarySheetName(roundCode?: string): string {
  return roundCode ? `${SHEET.summary} ${roundCode}` : SHEET.summary;
}

export function byUnitSheetName(roundCode?: string): string {
  return roundCode ? `${SHEET.byUnit} ${roundCode}` : SHEET.byUnit;
}

import { serialToIso } from '../../domain/excelDate';
import type { Finding } from '../../domain/finding';
import type { MemberReport, ReportLine, ReportSource } from '../../domain/report/memberReport';
import { YES_NO } from '../../domain/target';
import { ruleFinding } from '../../domain/validation/ruleFinding';
import { FORM_COLUMNS, FORM_LABELS } from '../reportForm';
import type { CellValue } from '../spec';
import { cellsByLabel, isBlank, readChoice, readNumber, readText } from './cells';
import { findHeader, readTable } from './readTable';

/*
 * A member's `BaoCao` form back to a report. Columns are found by their headers (a unit may have
 * moved them); the unit and period by their labels. Values are read as values: a formula a member
 * typed arrives as its computed result or as text, never as a formula. A cell that cannot be read
 * leaves its line out and says where.
 */

const where = (s: ReportSource) => (s.file ? `${s.file} › ${s.sheet}` : s.sheet);
/** "1.234" / "1,234" typed as text: a thousands separator or a decimal point, nobody can tell. */
const AMBIGUOUS = /^\d{1,3}([.,]\d{3})+$/;

/** A date or time cell as the member sees it: "05/01/2026", "08:30". */
function shownDate(serial: number): string {
  const whole = Math.floor(serial);
  const minutes = Math.round((serial - whole) * 24 * 60);
  const time = minutes ? `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` : '';
  if (whole <= 0) return time || '00:00';
  const [y, m, d] = serialToIso(whole).split('-');
  return [`${d}/${m}/${y}`, time].filter(Boolean).join(' ');
}

/** The form's labels sit in its first rows: a unit's notes further down never pass for them. */
const LABEL_ROWS = 30;
const labelled = (values: readonly (readonly CellValue[])[]) =>
  cellsByLabel(values, Object.entries(FORM_LABELS) as [keyof typeof FORM_LABELS, string][], LABEL_ROWS);

/** Whether a sheet holds a report form: the BaoCao header row is there. */
export function isReportSheet(values: readonly (readonly CellValue[])[]): boolean {
  return findHeader(values, FORM_COLUMNS, ['code', 'result']) !== null;
}

/**
 * `dated` holds the A1 addresses of the sheet's date and time cells: a figure shown as a date (a
 * date format on the cell, or a cell typed as a date) is not counted as the number behind it.
 */
export function readReport(values: readonly (readonly CellValue[])[], source: ReportSource, dated?: ReadonlySet<string>): { report: MemberReport | null; findings: Finding[] } {
  const sheet = where(source);
  const table = readTable(sheet, values, FORM_COLUMNS, ['code', 'result'], ['text', 'unit']);
  if (table.findings.length) {
    return { report: null, findings: [ruleFinding('report-unreadable', sheet, '', 'Không tìm thấy bảng báo cáo (cần các cột "Mã" và "Kết quả"): hãy dùng mẫu báo cáo tạo ở bước 1 của Tổng hợp.', 'No report table (columns "Mã" and "Kết quả" are needed): use the form made in step 1 of Consolidate.')] };
  }
  const findings: Finding[] = [];
  const labels = labelled(values);
  const lines: ReportLine[] = [];
  let typed = false;
  for (const r of table.rows) {
    const code = readText(r.get('code'));
    if (!code) continue;
    if (!(['result', 'base', 'na', 'note'] as const).every((key) => isBlank(r.get(key)))) typed = true;
    const na = readChoice(YES_NO, r.get('na'));
    const number = (key: 'result' | 'base'): { ok: boolean; value: number | null } => {
      const raw = r.get(key);
      if (typeof raw === 'number' && dated?.has(r.at(key))) {
        const shown = shownDate(raw);
        findings.push(ruleFinding('report-value-date', sheet, r.at(key), `Ô ${r.at(key)} (chỉ tiêu "${code}") có định dạng ngày/giờ nên hiện là ${shown}, không phải một số: dòng này chưa được tổng hợp. Hãy đổi định dạng ô về Số (Number) rồi nhập lại số liệu.`, `Cell ${r.at(key)} (target "${code}") is formatted as a date or time and shows ${shown}, not a number: the line is left out. Set the cell's format to Number and type the figure again.`, shown));
        return { ok: false, value: null };
      }
      if (typeof raw === 'number' && !Number.isFinite(raw)) {
        findings.push(ruleFinding('report-value-implausible', sheet, r.at(key), `Ô ${r.at(key)} (chỉ tiêu "${code}") chứa ${String(raw)}, không phải một số hữu hạn: dòng này chưa được tổng hợp. Hãy nhập lại số liệu.`, `Cell ${r.at(key)} (target "${code}") holds ${String(raw)}, not a finite number: the line is left out. Type the figure again.`, String(raw)));
        return { ok: false, value: null };
      }
      if (typeof raw === 'string' && AMBIGUOUS.test(raw.trim())) {
        findings.push(ruleFinding('number-separator-ambiguous', sheet, r.at(key), `"${raw}" ghi dạng văn bản: không biết là ${raw.replace(/[.,]/g, '')} hay số thập phân. Dòng này chưa được tổng hợp; hãy nhập số không có dấu phân cách.`, `"${raw}" is text: it may be ${raw.replace(/[.,]/g, '')} or a decimal. The line is left out; type the number without separators.`, raw, 'error'));
        return { ok: false, value: null };
      }
      const read = readNumber(raw);
      if (!read.ok) {
        findings.push(ruleFinding('cell-unreadable', sheet, r.at(key), `${read.why.vi}: dòng "${code}" chưa được tổng hợp.`, `${read.why.en}: line "${code}" is left out.`, raw));
        return { ok: false, value: null };
      }
      return { ok: true, value: read.value };
    };
    const result = number('result');
    const base = number('base');
    if (!result.ok || !base.ok) continue;
    lines.push({
      code,
      result: result.value,
      base: base.value,
      na: na.ok && na.value === 'yes',
      note: readText(r.get('note')),
      at: r.at('result'),
    });
  }
  const unit = labels.get('unitCode');
  return {
    report: {
      unitCode: readText(unit?.value),
      unitName: readText(labels.get('unitName')?.value),
      periodCode: isBlank(labels.get('period')?.value) ? '' : readText(labels.get('period')?.value),
      roundCode: isBlank(labels.get('round')?.value) ? '' : readText(labels.get('round')?.value),
      source,
      unitAt: unit?.at ?? 'B3',
      ...(!typed && { blank: true }),
      lines,
    },
    findings,
  };
}

/** Every form in a workbook's sheets (a file may hold several units' forms); none found is a finding. */
export function readReports(sheets: ReadonlyMap<string, readonly (readonly CellValue[])[]>, file: string | null, dated?: ReadonlyMap<string, ReadonlySet<string>>): { reports: MemberReport[]; findings: Finding[] } {
  const reports: MemberReport[] = [];
  const findings: Finding[] = [];
  for (const [sheet, values] of sheets) {
    if (!isReportSheet(values)) continue;
    const read = readReport(values, { file, sheet }, dated?.get(sheet));
    if (read.report) reports.push(read.report);
    findings.push(...read.findings);
  }
  if (!reports.length && file) {
    findings.push(ruleFinding('report-unreadable', file, '', `Tệp "${file}" không có trang tính nào chứa bảng báo cáo: hãy dùng mẫu báo cáo tạo ở bước 1 của Tổng hợp.`, `"${file}" has no sheet with a report table: use the form made in step 1 of Consolidate.`));
  }
  return { reports, findings };
}

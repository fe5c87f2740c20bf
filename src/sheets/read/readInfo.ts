import { serialToIso, isValidIsoDate } from '../../domain/excelDate';
import type { Finding } from '../../domain/finding';
import { parsePeriod } from '../../domain/period';
import type { PlanInfo } from '../../domain/plan';
import { cellA1 } from '../a1';
import { infoRowOf, INFO_ROWS, type InfoField } from '../infoSheet';
import { SHEET } from '../names';
import type { CellValue } from '../spec';
import { cellsByLabel, isBlank, readText } from './cells';
import { cellProblem } from './problem';

/* Reads sheet `Thông tin` by its labels in column A. Without a readable period there is no plan. */

/** The value cell of each field, found by its label in column A (so moved rows still read). */
export function infoCells(values: readonly (readonly CellValue[])[]): Map<InfoField, { value: CellValue; at: string }> {
  return cellsByLabel(values, INFO_ROWS.map((r) => [r.field, r.label] as const));
}

export function readInfo(values: readonly (readonly CellValue[])[]): { info: PlanInfo | null; findings: Finding[] } {
  const sheet = SHEET.info;
  const cells = infoCells(values);
  const text = (f: InfoField) => readText(cells.get(f)?.value);
  const findings: Finding[] = [];

  const periodCell = cells.get('period');
  const parsed = periodCell && !isBlank(periodCell.value) ? parsePeriod(String(periodCell.value)) : null;
  if (!parsed || !parsed.ok) {
    findings.push(cellProblem(sheet, periodCell?.at ?? cellA1({ row: infoRowOf('period'), col: 1 }), 'period-unreadable', {
      vi: 'Kỳ kế hoạch không đọc được: nhập 2026 (năm), 2025-2026 (năm học), 2025-2030 (nhiệm kỳ), 2026-11 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026-04..2026-05 (đợt).',
      en: 'The plan period is unreadable: enter 2026 (year), 2025-2026 (school year), 2025-2030 (term), 2026-11 (month), 2026-Q2 (quarter), 2026-H1 (half-year) or 2026-04..2026-05 (campaign).',
    }));
    return { info: null, findings };
  }

  let date: string | null = null;
  const dateCell = cells.get('date');
  if (dateCell && !isBlank(dateCell.value)) {
    const v = dateCell.value;
    if (typeof v === 'number') date = serialToIso(v);
    else {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(readText(v));
      const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : '';
      if (isValidIsoDate(iso)) date = iso;
      else findings.push(cellProblem(sheet, dateCell.at, 'date-invalid', {
        vi: `"${String(v)}" không phải là một ngày có thật (dạng ngày/tháng/năm).`,
        en: `"${String(v)}" is not a real date (day/month/year).`,
      }));
    }
  }
  const info: PlanInfo = {
    superiorBody: text('superiorBody'),
    issuingBody: text('issuingBody'),
    number: text('number'),
    place: text('place'),
    date,
    title: text('title'),
    period: parsed.period,
    signerOnBehalf: text('signerOnBehalf'),
    signerTitle: text('signerTitle'),
    signerName: text('signerName'),
    recipients: text('recipients').split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
  };
  return { info, findings };
}

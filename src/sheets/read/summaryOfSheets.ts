import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import type { Consolidation } from '../../domain/report/consolidate';
import { UserError } from '../../domain/userError';
import { byUnitSheetName, summarySheetName } from '../names';
import { withProgress } from '../../domain/report/progress';
import type { Round } from '../../domain/round';
import { sheetNamed } from '../sheetName';
import type { SheetValues } from './readPlan';
import { readSummary } from './readSummary';

/**
 * The consolidation a report is written from, read from a workbook's `Tổng hợp` and `Theo đơn vị`
 * (the open workbook, or a summary file), with the same refusal in every host when it cannot be used.
 */
export function summaryOfSheets(plan: Plan, sheets: ReadonlyMap<string, SheetValues>, file?: string, round: Round | null = null): { consolidation: Consolidation; findings: Finding[] } {
  const get = (name: string) => sheetNamed(sheets, name) ?? null;
  const names = { summary: summarySheetName(round?.code), byUnit: byUnitSheetName(round?.code) };
  const { consolidation: read, findings } = readSummary(plan, get(names.summary), get(names.byUnit), names);
  const consolidation = read ? { ...withProgress(read, plan.targets, round), round } : null;
  const errors = findings.filter((f) => f.severity === 'error');
  if (!consolidation || errors.length) {
    const first = errors[0] ?? findings[0];
    throw new UserError('summary-unreadable',
      `${file ? `Tệp "${file}": ` : ''}${first?.vi ?? 'không đọc được trang Tổng hợp.'}`,
      `${file ? `File "${file}": ` : ''}${first?.en ?? 'the summary sheet cannot be read.'}`,
      { ...(file ? { file } : {}), sheet: first?.sheet, cell: first?.cell || undefined });
  }
  return { consolidation, findings };
}

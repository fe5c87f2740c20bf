import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import type { Consolidation } from '../../domain/report/consolidate';
import { UserError } from '../../domain/userError';
import { byUnitSheetName, summarySheetName } from '../names';
import { withProgress } from '../../domain/report/progress';
import { planRounds, type Round } from '../../domain/round';
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
    // The sheet asked for is not there but other rounds' are: say which, and how to choose one.
    const others = read ? [] : planRounds(plan).filter((r) => r.code !== round?.code && get(summarySheetName(r.code)));
    const hint = others.length
      ? { vi: ` Đã có tổng hợp của kỳ ${others.map((r) => r.code).join(', ')}: hãy chọn kỳ báo cáo (--round ${others[0].code}).`, en: ` Rounds ${others.map((r) => r.code).join(', ')} are consolidated: choose one (--round ${others[0].code}).` }
      : { vi: '', en: '' };
    throw new UserError('summary-unreadable',
      `${file ? `Tệp "${file}": ` : ''}${first?.vi ?? 'không đọc được trang Tổng hợp.'}${hint.vi}`,
      `${file ? `File "${file}": ` : ''}${first?.en ?? 'the summary sheet cannot be read.'}${hint.en}`,
      { ...(file ? { file } : {}), sheet: first?.sheet, cell: first?.cell || undefined });
  }
  return { consolidation, findings };
}

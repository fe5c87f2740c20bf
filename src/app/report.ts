import type { IsoDate } from '../domain/excelDate';
import type { Finding } from '../domain/finding';
import { INPUT_SHEETS } from '../sheets/check/checkPlan';
import { SHEET } from '../sheets/names';
import { readablePlan } from '../sheets/read/planReadError';
import { readReportEdits } from '../sheets/read/readReportEdits';
import { summaryOfSheets } from '../sheets/read/summaryOfSheets';
import { reportWorkbook } from '../sheets/reportSheet';
import { safeSheetName, sameSheetName } from '../sheets/sheetName';
import type { ReportMode } from './planActions';
import type { ExcelCapabilities, Skipped } from '../hosts/excel/capabilities';
import { excelUserError } from '../hosts/excel/errors';
import { queueSheetReads } from '../hosts/excel/readSheets';
import { request, type RequestOptions } from '../hosts/excel/request';
import { ownershipOf, queueShape, writeWorkbookSpec } from '../hosts/excel/writeWorkbookSpec';

/**
 * "Tạo báo cáo tổng hợp" inside Excel: `Báo cáo` written from the plan and the consolidation already
 * in `Tổng hợp` and `Theo đơn vị`, with Excel charts. An earlier report is the officer's work: it is
 * replaced only when they chose how — keep the paragraphs they rewrote, keep the old sheet as a
 * dated copy, or replace it. Two syncs: read everything, write.
 */

export interface ReportOptions {
  caps: ExcelCapabilities;
  date: IsoDate;
  /** How to treat an existing report; without it, an existing report is a question for the user. */
  mode?: ReportMode;
  budget?: number;
  request?: RequestOptions;
}

export type ReportResult =
  | { status: 'needs-consent'; existing: string[]; foreign: string[] }
  | { status: 'done'; sheets: string[]; kept: number; copy: string | null; findings: Finding[]; skipped: Skipped[]; syncs: number };

/** "Báo cáo 05-01-2027": the dated copy's name, unused in the workbook. */
export function datedCopyName(date: IsoDate, taken: readonly string[]): string {
  const [y, m, d] = date.split('-');
  return safeSheetName(`${SHEET.report} ${d}-${m}-${y}`, taken);
}

export async function writeReportSheet(context: Excel.RequestContext, options: ReportOptions): Promise<ReportResult> {
  try {
    const { shape, values } = await request(context, () => ({ shape: queueShape(context), values: queueSheetReads(context, [...INPUT_SHEETS, SHEET.units, SHEET.summary, SHEET.byUnit, SHEET.report]) }), options.request);
    const sheets = values();
    const names = shape.worksheets.items.map((w) => w.name);
    const existing = names.find((n) => sameSheetName(n, SHEET.report));
    if (existing && !options.mode) return { status: 'needs-consent', existing: [existing], foreign: ownershipOf(shape).owns(existing) ? [] : [existing] };

    const plan = readablePlan(sheets);
    const { consolidation, findings } = summaryOfSheets(plan, sheets);
    const old = sheets.get(SHEET.report);
    const kept = options.mode === 'keep-edits' && old ? readReportEdits(old) : new Map<string, string>();
    const copy = existing && options.mode === 'copy' ? datedCopyName(options.date, names) : null;
    const spec = reportWorkbook({ plan, consolidation, date: options.date, drawsCharts: true, kept });
    const written = await writeWorkbookSpec(context, spec, shape, {
      caps: options.caps, replace: true, budget: options.budget, request: options.request,
      keepAs: copy && existing ? new Map([[existing, copy]]) : undefined,
    });
    if (written.status !== 'done') throw new Error('the report sheet could not be replaced');
    return { status: 'done', sheets: written.created, kept: kept.size, copy, findings, skipped: written.skipped, syncs: 1 + written.syncs };
  } catch (e) {
    throw excelUserError(e);
  }
}

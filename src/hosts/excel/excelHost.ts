import type { PlanActions } from '../../app/lazyActions';
import { planWorkbook } from '../../sheets/planWorkbook';
import { dateTimeStamp, localIsoDate } from '../../domain/vietnameseDate';
import { SHEET } from '../../sheets/names';
import { rebuildCalendar } from '../../app/calendar';
import { checkWorkbook, selectCell } from '../../app/check';
import { consolidateWorkbook } from '../../app/consolidate';
import { writeFormSheets } from '../../app/forms';
import { detectCapabilities } from './capabilities';
import { excelUserError } from './errors';
import { writeReportSheet } from '../../app/report';
import { runOptions } from './request';
import { applyWorkbookSpec } from './writeWorkbookSpec';
import { stopIfCancelled } from '../../app/cancel';

/** What the plan host does inside Excel: the only place that touches the Office and Excel globals. */
export function excelActions(): PlanActions {
  const caps = () => detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(runOptions(caps().cellEditWait), batch);
  return {
    async scaffold(plan, options) {
      try {
        const result = await run((context) => applyWorkbookSpec(context, planWorkbook(plan), { caps: caps(), replace: options.replace, onProgress: options.onProgress }));
        if (result.status === 'needs-consent') return result;
        return { status: 'done', sheets: result.created, replaced: result.replaced, skipped: result.skipped };
      } catch (e) {
        throw excelUserError(e);
      }
    },
    async calendar(request) {
      try {
        const result = await run((context) => rebuildCalendar(context, { caps: caps(), month: request.month, onProgress: request.onProgress, takeOver: request.takeOver }));
        return { sheets: result.sheets, months: result.months, skipped: result.skipped, printArea: result.printArea };
      } catch (e) {
        throw excelUserError(e);
      }
    },
    async check(request) {
      try {
        const result = await run((context) => checkWorkbook(context, { caps: caps(), checkedAt: dateTimeStamp(new Date()), takeOver: request.takeOver }));
        return { findings: result.findings, sheets: [SHEET.check], skipped: result.skipped };
      } catch (e) {
        throw excelUserError(e);
      }
    },
    async forms(request) {
      try {
        const result = await run((context) => writeFormSheets(context, { caps: caps(), replace: request.replace }));
        if (result.status === 'needs-consent') return result;
        return { status: 'done', units: result.created.length, sheets: result.created, skipped: result.skipped };
      } catch (e) {
        throw excelUserError(e);
      }
    },
    async consolidate(request) {
      // Dropped files are parsed here with ExcelJS (loaded only now): their values go in, never their formulas.
      const files = request.memberFiles.length
        ? await (await import(/* webpackChunkName: "xlsx" */ '../../files/readMemberFile')).readMemberFiles(request.memberFiles, request.onProgress, request.signal)
        : { reports: [], findings: [] };
      stopIfCancelled(request.signal);
      try {
        const result = await run((context) => consolidateWorkbook(context, { caps: caps(), at: dateTimeStamp(new Date()), fileReports: files.reports, fileFindings: files.findings, takeOver: request.takeOver, needsSheets: request.needsSheets }));
        request.onProgress?.(1, 1);
        return { consolidation: result.consolidation, findings: result.findings, sheets: result.sheets, reportSheets: result.reportSheets, skipped: result.skipped };
      } catch (e) {
        throw excelUserError(e);
      }
    },
    async report(request) {
      try {
        const result = await run((context) => writeReportSheet(context, { caps: caps(), date: localIsoDate(new Date()), mode: request.mode }));
        if (result.status === 'needs-consent') return result;
        return { status: 'done', sheets: result.sheets, kept: result.kept, copy: result.copy, findings: result.findings, skipped: result.skipped };
      } catch (e) {
        throw excelUserError(e);
      }
    },
    async select(sheet, cell) {
      await run((context) => selectCell(context, sheet, cell));
    },
  };
}



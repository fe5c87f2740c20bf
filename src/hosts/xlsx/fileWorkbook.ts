import { printableMonth } from '../../domain/calendar/monthSchedule';
import { periodCode } from '../../domain/period';
import { UserError, inFile } from '../../domain/userError';
import type { ChosenFile } from '../../app/planActions';
import type { PlanActions } from '../../app/lazyActions';
import { stopIfCancelled } from '../../app/cancel';
import { checkPlan } from '../../sheets/check/checkPlan';
import type { WorkbookValues } from '../../files/readWorkbook';
import { planWorkbook } from '../../sheets/planWorkbook';
import { readablePlan } from '../../sheets/read/planReadError';
import { scheduleWorkbook } from '../../sheets/scheduleSheet';
import { formFileName, reportFormWorkbook } from '../../sheets/reportForm';
import { usablePlan } from '../../sheets/read/usablePlan';
import { consolidationWorkbook } from '../../sheets/summarySheet';
import { consolidatePlan } from '../../domain/report/consolidate';
import { dateTimeStamp, localIsoDate } from '../../domain/vietnameseDate';
import { summaryOfSheets } from '../../sheets/read/summaryOfSheets';
import { reportWorkbook } from '../../sheets/reportSheet';

/**
 * The plan host of the standalone page: builds workbooks as .xlsx files and hands the bytes to
 * `save` (a browser download). ExcelJS loads only when a file is made or read, keeping the page light.
 */
export function fileActions(save: (fileName: string, data: Uint8Array) => void): PlanActions {
  return {
    async scaffold(plan, options) {
      options.onProgress?.(0, 1);
      const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ './writeWorkbook');
      const spec = planWorkbook(plan);
      const fileName = `ke-hoach-${periodCode(plan.info.period)}.xlsx`;
      save(fileName, await writeWorkbook(spec));
      options.onProgress?.(1, 1);
      return { status: 'done', sheets: spec.sheets.map((s) => s.name), replaced: [], skipped: [], fileName };
    },
    async calendar(request) {
      request.onProgress?.(0, 2);
      const { file, values } = await chosenPlan(request.planFile);
      const plan = readablePlan(values, file.name);
      const month = inFile(file.name, () => printableMonth(request.month, plan.info.period));
      const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ './writeWorkbook');
      request.onProgress?.(1, 2);
      const { spec, months } = scheduleWorkbook(plan, month);
      const fileName = `lich-cong-tac-${month ?? periodCode(plan.info.period)}.xlsx`;
      save(fileName, await writeWorkbook(spec));
      request.onProgress?.(2, 2);
      return { sheets: spec.sheets.map((s) => s.name), months: months.length, skipped: [], printArea: null, fileName };
    },
    async forms(request) {
      const { file, values } = await chosenPlan(request.planFile);
      const plan = usablePlan(values, file.name);
      const [{ writeWorkbook }, { default: JSZip }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ './writeWorkbook'),
        import(/* webpackChunkName: "xlsx" */ 'jszip'),
      ]);
      // One download holding every unit's file: browsers stop a page that starts dozens of downloads.
      const zip = new JSZip();
      for (const u of plan.units) zip.file(formFileName(u.code), await writeWorkbook(reportFormWorkbook(plan, u)));
      const fileName = `mau-bao-cao-${periodCode(plan.info.period)}.zip`;
      save(fileName, await zip.generateAsync({ type: 'uint8array' }));
      return { status: 'done', units: plan.units.length, sheets: [], skipped: [], fileName };
    },
    async consolidate(request) {
      const { file, values } = await chosenPlan(request.planFile);
      const plan = readablePlan(values, file.name);
      const [{ writeWorkbook }, { readMemberFiles }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ './writeWorkbook'),
        import(/* webpackChunkName: "xlsx" */ '../../files/readMemberFile'),
      ]);
      const { reports, findings } = await readMemberFiles(request.memberFiles, request.onProgress, request.signal);
      stopIfCancelled(request.signal);
      const c = consolidatePlan(plan, reports);
      findings.push(...c.findings);
      const fileName = `tong-hop-${periodCode(plan.info.period)}.xlsx`;
      save(fileName, await writeWorkbook(consolidationWorkbook(c, { orgName: plan.info.issuingBody, period: plan.info.period, at: dateTimeStamp(new Date()) }, findings)));
      request.onProgress?.(1, 1);
      return { consolidation: c, findings, sheets: [], reportSheets: 0, skipped: [], fileName };
    },
    async report(request) {
      const { file, values } = await chosenPlan(request.planFile);
      const plan = readablePlan(values, file.name);
      // The summary is its own file, or sheets of the plan workbook consolidated in Excel.
      const summary = request.summaryFile ? await chosenPlan(request.summaryFile) : { file, values };
      const { consolidation, findings } = summaryOfSheets(plan, summary.values, summary.file.name);
      const { writeWorkbook } = await import(/* webpackChunkName: "xlsx" */ './writeWorkbook');
      const spec = reportWorkbook({ plan, consolidation, date: localIsoDate(new Date()), drawsCharts: false });
      const fileName = `bao-cao-tong-hop-${periodCode(plan.info.period)}.xlsx`;
      save(fileName, await writeWorkbook(spec));
      return { status: 'done', sheets: [], kept: 0, copy: null, findings, skipped: [], fileName };
    },
    async check(request) {
      // The chosen file is the user's: findings are shown, the file is never rewritten.
      return { findings: checkPlan((await chosenPlan(request.planFile)).values), sheets: [], skipped: [] };
    },
  };
}

/** The plan workbook the user chose on the page (ExcelJS loads only now). */
async function chosenPlan(file: ChosenFile | undefined): Promise<{ file: ChosenFile; values: WorkbookValues }> {
  if (!file) throw new UserError('plan-file-missing', 'Hãy chọn tệp bảng kế hoạch (.xlsx) đã tạo bằng unionplan.', 'Choose the plan workbook (.xlsx) made with unionplan.');
  const { readNamedWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../../files/readWorkbook');
  return { file, values: await readNamedWorkbook(file.name, file.data) };
}

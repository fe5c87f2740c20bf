import { periodCode, periodContains, periodLabel } from '../../domain/period';
import { UserError } from '../../domain/userError';
import type { ChosenFile, PlanHost } from '../planHost';
import { checkPlan } from '../../sheets/check/checkPlan';
import type { WorkbookValues } from './readWorkbook';
import { planWorkbook } from '../../sheets/planWorkbook';
import { planReadError } from '../../sheets/read/planReadError';
import { readPlan } from '../../sheets/read/readPlan';
import { scheduleWorkbook } from '../../sheets/scheduleSheet';
import { formFileName, reportFormWorkbook } from '../../sheets/reportForm';
import { usablePlan } from '../../sheets/read/usablePlan';
import { consolidationWorkbook } from '../../sheets/summarySheet';
import { consolidate } from '../../domain/report/consolidate';
import type { MemberReport } from '../../domain/report/memberReport';
import type { Finding } from '../../domain/finding';
import { dateTimeStamp } from '../../domain/vietnameseDate';

/**
 * The plan host of the standalone page: builds workbooks as .xlsx files and hands the bytes to
 * `save` (a browser download). ExcelJS loads only when a file is made or read, keeping the page light.
 */
export function filePlanHost(save: (fileName: string, data: Uint8Array) => void): PlanHost {
  return {
    kind: 'file',
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
      const file = request.planFile;
      if (!file) throw new UserError('plan-file-missing', 'Hãy chọn tệp bảng kế hoạch (.xlsx) đã tạo bằng unionplan.', 'Choose the plan workbook (.xlsx) made with unionplan.');
      request.onProgress?.(0, 2);
      const [{ readWorkbookValues }, { writeWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ './readWorkbook'),
        import(/* webpackChunkName: "xlsx" */ './writeWorkbook'),
      ]);
      const values = await readChosenWorkbook(file, readWorkbookValues);
      const { plan, findings } = readPlan(values);
      if (!plan || findings.some((f) => f.severity === 'error')) throw planReadError(findings, file.name);
      const period = plan.info.period;
      if (request.month && !periodContains(period, request.month)) {
        throw new UserError('month-outside-period', `Tháng ${request.month} không thuộc kỳ kế hoạch (${periodLabel(period)}).`, `Month ${request.month} is outside the plan period (${period.from} to ${period.to}).`, { file: file.name });
      }
      request.onProgress?.(1, 2);
      const { spec, months } = scheduleWorkbook(plan, request.month ?? undefined);
      const fileName = `lich-cong-tac-${request.month ?? periodCode(period)}.xlsx`;
      save(fileName, await writeWorkbook(spec));
      request.onProgress?.(2, 2);
      return { sheets: spec.sheets.map((s) => s.name), months: months.length, skipped: [], printArea: null, fileName };
    },
    async forms(request) {
      const file = request.planFile;
      if (!file) throw new UserError('plan-file-missing', 'Hãy chọn tệp bảng kế hoạch (.xlsx) đã tạo bằng unionplan.', 'Choose the plan workbook (.xlsx) made with unionplan.');
      const [{ readWorkbookValues }, { writeWorkbook }, { default: JSZip }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ './readWorkbook'),
        import(/* webpackChunkName: "xlsx" */ './writeWorkbook'),
        import(/* webpackChunkName: "xlsx" */ 'jszip'),
      ]);
      const plan = usablePlan(await readChosenWorkbook(file, readWorkbookValues), file.name);
      // One download holding every unit's file: browsers stop a page that starts dozens of downloads.
      const zip = new JSZip();
      for (const u of plan.units) zip.file(formFileName(u.code), await writeWorkbook(reportFormWorkbook(plan, u)));
      const fileName = `mau-bao-cao-${periodCode(plan.info.period)}.zip`;
      save(fileName, await zip.generateAsync({ type: 'uint8array' }));
      return { status: 'done', units: plan.units.length, sheets: [], skipped: [], fileName };
    },
    async consolidate(request) {
      const file = request.planFile;
      if (!file) throw new UserError('plan-file-missing', 'Hãy chọn tệp bảng kế hoạch (.xlsx) đã tạo bằng unionplan.', 'Choose the plan workbook (.xlsx) made with unionplan.');
      const [{ readWorkbookValues }, { writeWorkbook }, { readMemberFile }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ './readWorkbook'),
        import(/* webpackChunkName: "xlsx" */ './writeWorkbook'),
        import(/* webpackChunkName: "xlsx" */ './readMemberFile'),
      ]);
      const { plan, findings: planFindings } = readPlan(await readChosenWorkbook(file, readWorkbookValues));
      if (!plan || planFindings.some((f) => f.severity === 'error')) throw planReadError(planFindings, file.name);
      const reports: MemberReport[] = [];
      const findings: Finding[] = [];
      const total = request.memberFiles.length + 1;
      for (const [i, f] of request.memberFiles.entries()) {
        const read = await readMemberFile(f.name, f.data);
        reports.push(...read.reports);
        findings.push(...read.findings);
        request.onProgress?.(i + 1, total);
      }
      const c = consolidate({ targets: plan.targets, units: plan.units, reports, periodCode: periodCode(plan.info.period), levels: plan.ratingLevels });
      findings.push(...c.findings);
      const fileName = `tong-hop-${periodCode(plan.info.period)}.xlsx`;
      save(fileName, await writeWorkbook(consolidationWorkbook(c, { orgName: plan.info.issuingBody, period: plan.info.period, at: dateTimeStamp(new Date()) }, findings)));
      request.onProgress?.(total, total);
      return { consolidation: c, findings, sheets: [], reportSheets: 0, skipped: [], fileName };
    },
    async check(request) {
      const file = request.planFile;
      if (!file) throw new UserError('plan-file-missing', 'Hãy chọn tệp bảng kế hoạch (.xlsx) đã tạo bằng unionplan.', 'Choose the plan workbook (.xlsx) made with unionplan.');
      const { readWorkbookValues } = await import(/* webpackChunkName: "xlsx" */ './readWorkbook');
      // The chosen file is the user's: findings are shown, the file is never rewritten.
      return { findings: checkPlan(await readChosenWorkbook(file, readWorkbookValues)), sheets: [], skipped: [] };
    },
  };
}

async function readChosenWorkbook(file: ChosenFile, read: (data: Uint8Array) => Promise<WorkbookValues>): Promise<WorkbookValues> {
  try {
    return await read(file.data);
  } catch {
    throw new UserError('xlsx-invalid', `"${file.name}" không phải tệp Excel (.xlsx) hợp lệ, hoặc tệp bị hỏng hay có mật khẩu.`, `"${file.name}" is not a valid Excel (.xlsx) file, or it is damaged or password-protected.`, { file: file.name });
  }
}

import { join } from 'node:path';
import { demoSchoolPlan, demoWardPlan } from '../../demo/demoPlan';
import { demoWardReports } from '../../demo/demoReports';
import { consolidatePlan } from '../../domain/report/consolidate';
import { matchKey } from '../../domain/text';
import { dateTimeStamp, localIsoDate } from '../../domain/vietnameseDate';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { planWorkbook } from '../../sheets/planWorkbook';
import { formFileName, reportFormWorkbook } from '../../sheets/reportForm';
import { reportWorkbook } from '../../sheets/reportSheet';
import { consolidationWorkbook } from '../../sheets/summarySheet';
import { parseCommandArgs } from '../args';
import { writeOutput } from '../output';
import type { CommandResult } from './result';

export const DEMO_FILES = {
  ward: 'ke-hoach-cong-doan-phuong-2026.xlsx',
  school: 'ke-hoach-cdcs-truong-hoc-2025-2026.xlsx',
  /** The ward's members' filled forms, one file each. */
  memberForms: 'bao-cao-cac-don-vi',
  summary: 'tong-hop-phuong-2026.xlsx',
  report: 'bao-cao-tong-hop-phuong-2026.xlsx',
};

/**
 * The whole journey on the embedded samples: the two plan workbooks, the ward members' filled
 * report forms, their consolidation and the summary report. Its own files in `out/` are replaced.
 */
export async function demoCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, { output: { type: 'string', short: 'o' } }, 'demo');
  const dir = typeof values.output === 'string' ? values.output : 'out';
  const written: string[] = [];
  const write = async (path: string, spec: Parameters<typeof writeWorkbook>[0]) => written.push(writeOutput(path, await writeWorkbook(spec), true));

  const ward = demoWardPlan();
  await write(join(dir, DEMO_FILES.ward), planWorkbook(ward));
  await write(join(dir, DEMO_FILES.school), planWorkbook(demoSchoolPlan()));
  const reports = demoWardReports(ward);
  for (const r of reports) {
    const unit = { code: r.unitCode, name: r.unitName };
    await write(join(dir, DEMO_FILES.memberForms, formFileName(r.unitCode)), reportFormWorkbook(ward, unit, new Map(r.lines.map((l) => [matchKey(l.code), l]))));
  }
  const now = new Date();
  const c = consolidatePlan(ward, reports);
  await write(join(dir, DEMO_FILES.summary), consolidationWorkbook(c, { orgName: ward.info.issuingBody, period: ward.info.period, at: dateTimeStamp(now) }));
  await write(join(dir, DEMO_FILES.report), reportWorkbook({ plan: ward, consolidation: c, date: localIsoDate(now), drawsCharts: false }));
  return {
    vi: `Đã tạo ${written.length} tệp mẫu (2 bảng kế hoạch, ${reports.length} báo cáo đơn vị, tổng hợp, báo cáo tổng hợp):\n${written.map((w) => `  ${w}`).join('\n')}`,
    en: `Wrote ${written.length} demo files (2 plan workbooks, ${reports.length} unit reports, summary, summary report):\n${written.map((w) => `  ${w}`).join('\n')}`,
  };
}

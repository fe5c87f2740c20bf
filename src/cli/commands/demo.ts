import { join } from 'node:path';
import { demoSchoolPlan, demoWardPlan } from '../../demo/demoPlan';
import { demoWardReports } from '../../demo/demoReports';
import { consolidate } from '../../app/consolidate';
import { report } from '../../app/report';
import { scaffold } from '../../app/scaffold';
import type { ChosenFile } from '../../app/workbook';
import { matchKey } from '../../domain/text';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { formFileName, reportFormWorkbook } from '../../sheets/reportForm';
import { parseCommandArgs } from '../args';
import { inMemory, madeFile } from '../files';
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
  // The demo's own files in `dir` are replaced: it is run again and again.
  const keep = (file: ChosenFile, name: string) => { written.push(writeOutput(join(dir, name), file.data, true)); return file; };
  const inDemo = new FileWorkbook({}, inMemory(''));

  const ward = demoWardPlan();
  const plan = keep(madeFile(await scaffold(inDemo, ward, { replace: true })), DEMO_FILES.ward);
  keep(madeFile(await scaffold(inDemo, demoSchoolPlan(), { replace: true })), DEMO_FILES.school);
  // The members fill their forms: what comes back is what the ward consolidates, read from the files.
  const reports = demoWardReports(ward);
  const forms: ChosenFile[] = [];
  for (const r of reports) {
    const form = { name: formFileName(r.unitCode), data: await writeWorkbook(reportFormWorkbook(ward, { code: r.unitCode, name: r.unitName }, new Map(r.lines.map((l) => [matchKey(l.code), l])))) };
    forms.push(keep(form, join(DEMO_FILES.memberForms, form.name)));
  }
  const summary = keep(madeFile(await consolidate(new FileWorkbook({ plan }, inMemory('')), { memberFiles: forms })), DEMO_FILES.summary);
  keep(madeFile(await report(new FileWorkbook({ plan, summary }, inMemory('')), {})), DEMO_FILES.report);
  return {
    vi: `Đã tạo ${written.length} tệp mẫu (2 bảng kế hoạch, ${reports.length} báo cáo đơn vị, tổng hợp, báo cáo tổng hợp):\n${written.map((w) => `  ${w}`).join('\n')}`,
    en: `Wrote ${written.length} demo files (2 plan workbooks, ${reports.length} unit reports, summary, summary report):\n${written.map((w) => `  ${w}`).join('\n')}`,
  };
}

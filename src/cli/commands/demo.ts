import { join } from 'node:path';
import { demoSchoolPlan, demoWardPlan } from '../../demo/demoPlan';
import { demoWardReports } from '../../demo/demoReports';
import { demoRoundReports, demoWardPlan2025 } from '../../demo/demoLastYear';
import type { Plan } from '../../domain/plan';
import { planRounds } from '../../domain/round';
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
  /** Last year's summary, both rounds: what 2026 is compared with. */
  lastYear: 'tong-hop-phuong-2025.xlsx',
  /** The members' filled forms of each round, one folder per round. */
  roundForms: (round: string) => `bao-cao-cac-don-vi-${round}`,
  /** Both rounds of 2026 in one workbook, with `Tiến độ`. */
  rounds: 'tong-hop-phuong-2026-cac-ky.xlsx',
  roundReport: (round: string) => `bao-cao-phuong-2026-${round}.xlsx`,
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

  // The two rounds of 2026, each compared with the same round of 2025, in one workbook with `Tiến độ`.
  const ward2025 = demoWardPlan2025();
  const plan2025 = madeFile(await scaffold(inDemo, ward2025, { replace: true }));
  const lastYear = { ...(await roundsSummary(plan2025, ward2025, null, () => undefined)), name: DEMO_FILES.lastYear };
  keep(lastYear, DEMO_FILES.lastYear);
  const rounds = await roundsSummary(plan, ward, lastYear, (round, form) => keep(form, join(DEMO_FILES.roundForms(round), form.name)));
  keep(rounds, DEMO_FILES.rounds);
  for (const r of planRounds(ward)) {
    keep(madeFile(await report(new FileWorkbook({ plan, summary: rounds }, inMemory('')), { round: r.code })), DEMO_FILES.roundReport(r.code));
  }
  return {
    vi: `Đã tạo ${written.length} tệp mẫu (2 bảng kế hoạch, ${reports.length} báo cáo đơn vị, tổng hợp, báo cáo tổng hợp; các kỳ 6 tháng và cả năm so với năm 2025):\n${written.map((w) => `  ${w}`).join('\n')}`,
    en: `Wrote ${written.length} demo files (2 plan workbooks, ${reports.length} unit reports, summary, summary report; the 6-month and year rounds compared with 2025):\n${written.map((w) => `  ${w}`).join('\n')}`,
  };
}

/**
 * Every round of a plan consolidated in turn into one workbook, the way an officer does it through
 * the year: the members' forms of the round filled (kept by `onForm`), consolidated onto the summary
 * so far, compared with `lastYear` where given.
 */
async function roundsSummary(plan: ChosenFile, model: Plan, lastYear: ChosenFile | null, onForm: (round: string, form: ChosenFile) => void): Promise<ChosenFile> {
  const rounds = planRounds(model);
  let summary: ChosenFile | null = null;
  for (const [i, round] of rounds.entries()) {
    const forms: ChosenFile[] = [];
    for (const r of demoRoundReports(model, round, i === rounds.length - 1, lastYear === null)) {
      const form = { name: formFileName(r.unitCode, round.code), data: await writeWorkbook(reportFormWorkbook(model, { code: r.unitCode, name: r.unitName }, new Map(r.lines.map((l) => [matchKey(l.code), l])), round)) };
      onForm(round.code, form);
      forms.push(form);
    }
    const sources = { plan, ...(summary && { summary, onto: summary }) };
    summary = madeFile(await consolidate(new FileWorkbook(sources, inMemory('')), { memberFiles: forms, round: round.code, ...(lastYear && { compare: lastYear }) }));
  }
  if (!summary) throw new Error('a plan always has a round');
  return summary;
}

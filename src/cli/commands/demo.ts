import { join } from 'node:path';
import { demoSchoolPlan, demoWardPlan } from '../../demo/demoPlan';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { planWorkbook } from '../../sheets/planWorkbook';
import { parseCommandArgs } from '../args';
import { writeOutput } from '../output';
import type { CommandResult } from './result';

export const DEMO_FILES = {
  ward: 'ke-hoach-cong-doan-phuong-2026.xlsx',
  school: 'ke-hoach-cdcs-truong-hoc-2025-2026.xlsx',
};

/** Builds the plan workbooks of the embedded sample plans; its own files in `out/` are replaced. */
export async function demoCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, { output: { type: 'string', short: 'o' } }, 'demo');
  const dir = typeof values.output === 'string' ? values.output : 'out';
  const written: string[] = [];
  for (const [file, plan] of [[DEMO_FILES.ward, demoWardPlan()], [DEMO_FILES.school, demoSchoolPlan()]] as const) {
    const data = await writeWorkbook(planWorkbook(plan));
    written.push(writeOutput(join(dir, file), data, true));
  }
  return {
    vi: `Đã tạo ${written.length} bảng kế hoạch mẫu:\n${written.map((w) => `  ${w}`).join('\n')}`,
    en: `Wrote ${written.length} demo plan workbooks:\n${written.map((w) => `  ${w}`).join('\n')}`,
  };
}

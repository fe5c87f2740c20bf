import { emptyPlan } from '../../domain/plan';
import { parsePeriod } from '../../domain/period';
import { normalizeText } from '../../domain/text';
import { UserError } from '../../domain/userError';
import { writeWorkbook } from '../../hosts/xlsx/writeWorkbook';
import { planWorkbook } from '../../sheets/planWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { writeOutput } from '../output';
import type { CommandResult } from './result';

export const SCAFFOLD_USAGE = 'unionplan scaffold --period 2026|2025-2026|2025-2030 --org "<tên đơn vị>" [--parent "<đơn vị cấp trên>"] -o plan.xlsx [--force]';

const PERIOD_HELP = {
  vi: 'Kỳ kế hoạch phải là 2026 (năm), 2025-2026 (năm học) hoặc 2025-2030 (nhiệm kỳ 5 năm).',
  en: 'The period must be 2026 (year), 2025-2026 (school year) or 2025-2030 (5-year term).',
};

export async function scaffoldCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, {
    period: { type: 'string' },
    org: { type: 'string' },
    parent: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  }, 'scaffold');
  const periodText = requireOption(values.period, '--period', 'scaffold');
  const org = normalizeText(requireOption(values.org, '--org', 'scaffold'));
  const out = requireOption(values.output, '-o', 'scaffold');
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) throw new UserError('period-invalid', `"${periodText}": ${PERIOD_HELP.vi}`, `"${periodText}": ${PERIOD_HELP.en}`);
  const plan = emptyPlan(org, normalizeText(typeof values.parent === 'string' ? values.parent : ''), parsed.period);
  const data = await writeWorkbook(planWorkbook(plan));
  const full = writeOutput(out, data, values.force === true);
  return { vi: `Đã tạo bảng kế hoạch: ${full}`, en: `Plan workbook written: ${full}` };
}

import { forms } from '../../app/forms';
import { dayMonthYear } from '../../domain/round';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, inputFile, writeInFolder } from '../files';
import type { CommandResult } from './result';

export const FORMS_USAGE = 'unionplan forms --plan plan.xlsx [--round 6T] -o thu-muc/ [--force]';

/** One report form per unit of `Đơn vị`, named by the unit's code, ready to send. */
export async function formsCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, { plan: { type: 'string' }, round: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' } }, 'forms');
  const planPath = requireOption(values.plan, '--plan', 'forms');
  const out = requireOption(values.output, '-o', 'forms');
  const force = values.force === true;
  const round = typeof values.round === 'string' ? values.round : undefined;
  const made = await forms(new FileWorkbook({ plan: inputFile(planPath) }, inMemory(out)), { replace: force, ...(round !== undefined && { round }) });
  if (made.status !== 'done') throw new Error('a file host never asks for consent');
  const dir = writeInFolder(out, made.files ?? [], force, { flag: '--plan', path: planPath });
  const r = made.round;
  return {
    vi: `Đã tạo ${made.units} mẫu báo cáo${r ? ` đợt ${r.code} (${r.name}, số liệu đến ${dayMonthYear(r.cutOff)})` : ''} trong ${dir} (mỗi đơn vị một tệp, ${made.targets} chỉ tiêu).`,
    en: `Wrote ${made.units} report forms${r ? ` for round ${r.code} (${r.name}, figures to ${dayMonthYear(r.cutOff)})` : ''} to ${dir} (one file per unit, ${made.targets} targets).`,
  };
}

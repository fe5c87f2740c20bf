import { forms } from '../../app/forms';
import { FileWorkbook } from '../../hosts/xlsx/fileWorkbook';
import { parseCommandArgs, requireOption } from '../args';
import { inMemory, inputFile, writeInFolder } from '../files';
import type { CommandResult } from './result';

export const FORMS_USAGE = 'unionplan forms --plan plan.xlsx -o thu-muc/ [--force]';

/** One report form per unit of `Đơn vị`, named by the unit's code, ready to send. */
export async function formsCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseCommandArgs(args, { plan: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' } }, 'forms');
  const planPath = requireOption(values.plan, '--plan', 'forms');
  const out = requireOption(values.output, '-o', 'forms');
  const force = values.force === true;
  const made = await forms(new FileWorkbook({ plan: inputFile(planPath) }, inMemory(out)), { replace: force });
  if (made.status !== 'done') throw new Error('a file host never asks for consent');
  const dir = writeInFolder(out, made.files ?? [], force, { flag: '--plan', path: planPath });
  return {
    vi: `Đã tạo ${made.units} mẫu báo cáo trong ${dir} (mỗi đơn vị một tệp, ${made.targets} chỉ tiêu).`,
    en: `Wrote ${made.units} report forms to ${dir} (one file per unit, ${made.targets} targets).`,
  };
}
